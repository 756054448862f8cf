package org.shopfront.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the demo's content files (YAML under {@code demo/} on the class path) into
 * records: keys in kebab case ({@code one-off-price} for {@code oneOffPrice}), enum
 * values in any case, and a key that no record takes refused, so that a typo stops the
 * start instead of vanishing.
 */
final class DemoContent {

	private static final JsonMapper records = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

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

	/** The list under {@code key} in the file, each element read as a {@code type}. */
	static <T> List<T> list(Resource file, String key, Class<T> type) {
		try (InputStream in = file.getInputStream()) {
			Map<String, Object> content = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return records.convertValue(content.get(key),
					records.getTypeFactory().constructCollectionType(List.class, type));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException(file.getDescription() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}
