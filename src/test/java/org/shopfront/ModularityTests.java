package org.shopfront;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the modules honest (no cycles, only allowed dependencies, no reaching into
 * another module's internals), writes the module documentation on every build, and keeps
 * the map in docs/architecture.md the one that documentation draws.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ShopfrontApplication.class);

	/** A line of the map: {@code module --> module, module (what for)}. */
	private static final Pattern ARROW = Pattern.compile("^(\\w+)\\s+-->\\s+([\\w, ]+?)\\s*(\\(.*)?$");

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

	@Test
	void theArchitectureMapShowsEveryDependencyBetweenModulesAndNoOther() throws IOException {
		Set<String> drawn = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
			Matcher arrow = ARROW.matcher(line);
			if (arrow.matches()) {
				Arrays.stream(arrow.group(2).split(","))
					.map(String::trim)
					.filter((target) -> !target.equals("shared"))
					.forEach((target) -> drawn.add(arrow.group(1) + " --> " + target));
			}
		}
		Set<String> actual = new TreeSet<>();
		for (ApplicationModule module : modules) {
			module.getDirectDependencies(modules)
				.uniqueModules()
				.map(ApplicationModule::getName)
				.filter((target) -> !target.equals("shared"))
				.forEach((target) -> actual.add(module.getName() + " --> " + target));
		}
		assertThat(drawn).isEqualTo(actual);
	}

}
