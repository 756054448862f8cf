package org.shopfront.demo;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The demo lives in its own module (a house rule Modulith cannot know): no business
 * module holds demo code, that is a class named for the demo or one switched on by
 * {@code shopfront.demo.enabled}, and no module depends on the demo.
 */
class DemoStaysInItsModuleTests {

	private static final String DEMO = "org.shopfront.demo..";

	private static final String SWITCH = "shopfront.demo.enabled";

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.shopfront");

	@Test
	void noBusinessModuleHasAClassNamedForTheDemo() {
		noClasses().that().resideOutsideOfPackage(DEMO).should().haveSimpleNameContaining("Demo").check(classes);
	}

	@Test
	void noBusinessModuleIsSwitchedOnByTheDemo() {
		noClasses().that().resideOutsideOfPackage(DEMO).should().beAnnotatedWith(switchedOnByTheDemo()).check(classes);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage(DEMO)
			.should()
			.beAnnotatedWith(switchedOnByTheDemo())
			.check(classes);
	}

	@Test
	void noModuleDependsOnTheDemo() {
		noClasses().that()
			.resideOutsideOfPackage(DEMO)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(DEMO)
			.check(classes);
	}

	private static DescribedPredicate<JavaAnnotation<?>> switchedOnByTheDemo() {
		return DescribedPredicate.describe("@ConditionalOnProperty(" + SWITCH + " = true)",
				(annotation) -> annotation.getRawType().isEquivalentTo(ConditionalOnProperty.class)
						&& (names(annotation, "name") || names(annotation, "value")) && !switchedOff(annotation));
	}

	/**
	 * Whether the demo switches the class off rather than on (the first administrator of
	 * a real installation, say), which a business module may well be.
	 */
	private static boolean switchedOff(JavaAnnotation<?> annotation) {
		return annotation.get("havingValue").map("false"::equals).orElse(false);
	}

	private static boolean names(JavaAnnotation<?> annotation, String attribute) {
		return annotation.get(attribute).map((value) -> Arrays.asList((Object[]) value).contains(SWITCH)).orElse(false);
	}

}
