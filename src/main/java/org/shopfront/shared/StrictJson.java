package org.shopfront.shared;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Request bodies are read strictly: a field we do not know, a fraction where a count
 * belongs ({@code "quantity": 1.5}), a null for a number or text after the document is
 * refused with a 400 naming the field, never silently dropped or truncated. Only the web
 * converter is strict; the event outbox keeps reading older events leniently. The strict
 * converter takes the place of the default one in the list, so that a body already
 * written as bytes (the API documentation) still goes out as it is, not as a JSON string.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

	@Bean
	ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper mapper) {
		JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(mapper.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.build());
		return (converters) -> converters.configureMessageConvertersList((list) -> list
			.replaceAll((converter) -> (converter instanceof JacksonJsonHttpMessageConverter) ? strict : converter));
	}

}
