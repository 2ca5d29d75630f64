package org.backchannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's modules are the direct sub-packages of {@code org.backchannel}: the
 * domain ({@code source} ← {@code actor} ← {@code proposal} ← {@code event}, with
 * {@code stats} and {@code draft} above), the cross-cutting modules and the delivery in
 * {@code web}. Each declares the modules it may use in its {@code package-info.java};
 * this test fails on a cycle between modules, on a reach into another module's internal
 * (sub-)packages, on a use of a module not declared, and when the README's module table
 * says otherwise. The module diagrams (PlantUML and module canvases) are written to
 * {@code target/modules} by every build; they are build output, not committed.
 */
class ModularityTests {

	static final Path GENERATED = Path.of("target/modules");

	/** A row of the README's module table: {@code | `name` | holds | uses |}. */
	private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(\\w+)` \\| .* \\| ([^|]*) \\|$",
			Pattern.MULTILINE);

	private static final Pattern NAME = Pattern.compile("`(\\w+)`");

	@Test
	void theModulesFormADirectedGraphAndUseOnlyEachOthersPublicPackagesAndDeclaredModules() {
		Modules.ALL.verify();
	}

	@Test
	void everyModuleDeclaresTheModulesItMayUse() {
		Modules.ALL.forEach((module) -> assertThat(declared(module.getIdentifier().toString()))
			.as("the allowed dependencies of %s", module.getIdentifier())
			.isNotNull());
	}

	@Test
	void verificationRejectsAReachIntoAnotherModulesInternalsAndAnUndeclaredModule() {
		ApplicationModules fixture = ApplicationModules.of("org.backchannel.modulefixture",
				new ImportOption.OnlyIncludeTests());
		assertThat(fixture.stream().map((module) -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("billing", "catalog", "orders");
		Violations violations = fixture.detectViolations();
		assertThat(violations.getMessages())
			.anySatisfy((message) -> assertThat(message).contains("Module 'orders'")
				.contains("non-exposed type org.backchannel.modulefixture.catalog.internal.CatalogRepository"))
			.anySatisfy((message) -> assertThat(message).contains("Module 'billing'")
				.contains("org.backchannel.modulefixture.catalog.Catalog")
				.contains("Allowed targets: none"));
		assertThatExceptionOfType(Violations.class).isThrownBy(fixture::verify);
	}

	@Test
	void theReadmesModuleTableListsWhatEachModuleDeclares() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		Map<String, List<String>> table = new TreeMap<>();
		Matcher row = TABLE_ROW.matcher(readme);
		while (row.find()) {
			table.put(row.group(1),
					NAME.matcher(row.group(2)).results().map((name) -> name.group(1)).sorted().toList());
		}
		Map<String, List<String>> declared = new TreeMap<>();
		Modules.ALL.forEach((module) -> {
			String name = module.getIdentifier().toString();
			declared.put(name, Arrays.stream(declared(name)).sorted().toList());
		});
		assertThat(table).isEqualTo(declared);
	}

	@Test
	void theModuleDiagramsAreWrittenForTheWholeGraphAndEveryModule() throws IOException {
		new Documenter(Modules.ALL, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> generated = files(GENERATED);
		assertThat(generated).containsKey("components.puml");
		Modules.ALL.forEach((module) -> assertThat(generated).as("the diagram of module %s", module.getIdentifier())
			.hasEntrySatisfying("module-" + module.getIdentifier() + ".puml",
					(text) -> assertThat(text).contains(module.getDisplayName())));
	}

	/** The modules a module's {@code package-info.java} allows it to use (null: none). */
	private static String[] declared(String module) {
		try {
			ApplicationModule annotation = Class.forName("org.backchannel." + module + ".package-info")
				.getAnnotation(ApplicationModule.class);
			return (annotation != null) ? annotation.allowedDependencies() : null;
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static Map<String, String> files(Path directory) throws IOException {
		Map<String, String> files = new TreeMap<>();
		Files.createDirectories(directory);
		try (Stream<Path> list = Files.list(directory)) {
			for (Path file : list.filter(Files::isRegularFile).toList()) {
				files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	/**
	 * The application's modules, read once (ArchUnit imports every class): in a holder,
	 * so that reading this class's patterns (RegularExpressionCostTests) does not import
	 * them.
	 */
	static final class Modules {

		static final ApplicationModules ALL = ApplicationModules.of(BackchannelApplication.class);

	}

}
