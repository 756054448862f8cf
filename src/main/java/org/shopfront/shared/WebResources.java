package org.shopfront.shared;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves exactly three kinds of static files: WebJars (version-less URLs resolved by the
 * WebJars locator), our CSS and our JavaScript. Boot's catch-all mapping is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page writes
 * went through the resource chain's URL encoder, which looked each page URL up as a
 * possible file in the jar, and that dominated page rendering time.
 */
@Configuration(proxyBeanMethods = false)
class WebResources implements WebMvcConfigurer {

	private static final CacheControl LONG = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic();

	private static final CacheControl SHORT = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(LONG)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").setCacheControl(SHORT);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").setCacheControl(SHORT);
	}

}
