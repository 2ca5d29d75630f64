package org.backchannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * module's internal (sub-)packages. The module diagrams are written to
 * {@code target/modules} and must equal the committed copy in {@code docs/modules}; run
 * with {@code -Dmodules.docs.update=true} to copy them over it. The documenter writes a
 * diagram's relations in no fixed order, so files are compared as sorted lines.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(BackchannelApplication.class);

	static final Path COMMITTED = Path.of("docs/modules");

	static final Path GENERATED = Path.of("target/modules");

	@Test
	void theModulesFormADirectedGraphAndUseOnlyEachOthersPublicPackages() {
		modules.verify();
	}

	@Test
	void theCommittedModuleDiagramsAreTheModulesAsTheyAre() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Map<String, String> generated = files(GENERATED);
		if (Boolean.getBoolean("modules.docs.update")) {
			try (Stream<Path> old = Files.list(COMMITTED)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
			for (Map.Entry<String, String> file : generated.entrySet()) {
				Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
		}
		assertThat(sortedLines(generated))
			.as("The module diagrams changed: %s differs from %s. If the change is meant, refresh them with "
					+ "./mvnw test -Dtest=ModularityTests -Dmodules.docs.update=true, review the diff and commit it.",
					GENERATED, COMMITTED)
			.isEqualTo(sortedLines(files(COMMITTED)));
	}

	private static Map<String, List<String>> sortedLines(Map<String, String> files) {
		Map<String, List<String>> sorted = new TreeMap<>();
		files.forEach((name, text) -> sorted.put(name, text.lines().sorted().toList()));
		return sorted;
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
