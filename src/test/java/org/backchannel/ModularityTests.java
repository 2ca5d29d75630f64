package org.backchannel;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules are the direct sub-packages of {@code org.backchannel}: the
 * domain ({@code source} ← {@code actor} ← {@code proposal} ← {@code event}, with
 * {@code stats} and {@code draft} above), the cross-cutting modules and the delivery in
 * {@code web}. This test fails on a cycle between modules or on a reach into another
 * module's internal (sub-)packages, and writes the diagrams kept in {@code docs/modules}
 * (regenerated on every build, so a change of the module graph shows in the diff).
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BackchannelApplication.class);

	@Test
	void theModulesFormADirectedGraphAndUseOnlyEachOthersPublicPackages() {
		modules.verify();
	}

	@Test
	void theModuleDiagramsAreWrittenForTheDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
