package db.migration;

import org.backchannel.event.Confirmations;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fills the confirmation level V16 added for every event already recorded, by the same
 * rules and in the same words the app uses on every write ({@code ConfirmationRules},
 * {@code messages.properties}): written in Java so the rules are written once.
 */
public class V16_1__Confirmation_levels extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		new Confirmations(jdbc, messages).refreshAll();
	}

}
