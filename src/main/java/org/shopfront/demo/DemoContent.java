package org.shopfront.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the demo's content files (YAML under {@code demo/} on the class path) into
 * records with Spring Boot's binder, as it binds settings: keys in kebab case
 * ({@code one-off-price} for {@code oneOffPrice}), enum values in any case, and a key
 * that no record takes refused, so that a typo stops the start instead of vanishing.
 */
final class DemoContent {

	private DemoContent() {
	}

	/** The files matching a class path pattern, by name. */
	static List<Resource> files(String pattern) {
		try {
			return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The list under {@code key} in the file, each element bound to {@code type}. */
	static <T> List<T> list(Resource file, String key, Class<T> type) {
		try {
			Binder binder = new Binder(ConfigurationPropertySources
				.from(new YamlPropertySourceLoader().load(file.getDescription(), file)));
			return binder.bind(key, Bindable.listOf(type), new NoUnboundElementsBindHandler(BindHandler.DEFAULT))
				.orElse(List.of());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
