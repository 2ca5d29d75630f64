package org.backchannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's modules are the direct sub-packages of {@code org.backchannel}: the
 * domain ({@code source} ← {@code actor} ← {@code proposal} ← {@code event}, with
 * {@code stats} and {@code draft} above), the cross-cutting modules and the delivery in
 * {@code web}. This test fails on a cycle between modules or on a reach into another
 * module's internal (sub-)packages. The module diagrams (PlantUML and module canvases)
 * are written to {@code target/modules} by every build; they are build output, not
 * committed.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BackchannelApplication.class);

	static final Path GENERATED = Path.of("target/modules");

	@Test
	void theModulesFormADirectedGraphAndUseOnlyEachOthersPublicPackages() {
		modules.verify();
	}

	@Test
	void theModuleDiagramsAreWrittenForTheWholeGraphAndEveryModule() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> generated = files(GENERATED);
		assertThat(generated).containsKey("components.puml");
		modules.forEach((module) -> assertThat(generated).as("the diagram of module %s", module.getIdentifier())
			.hasEntrySatisfying("module-" + module.getIdentifier() + ".puml",
					(text) -> assertThat(text).contains(module.getDisplayName())));
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

}
