package org.shopfront;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules honest (no cycles, only allowed dependencies, no reaching into
 * another module's internals) and writes the module documentation on every build.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(ShopfrontApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
