package org.shopfront.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses form fields with an index no form of ours has ({@code answers[5000]}) before
 * Spring binds them: binding a record's list past the binder's growth limit (256) throws
 * an {@code IndexOutOfBoundsException} inside the framework, a 500 for a forged form.
 */
@Configuration(proxyBeanMethods = false)
class IndexedParameters implements WebMvcConfigurer, HandlerInterceptor {

	/** Spring's {@code DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT}. */
	static final int LIMIT = 256;

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (String name : request.getParameterMap().keySet()) {
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String digits = index.group(1);
				if (digits.length() > 3 || Integer.parseInt(digits) >= LIMIT) {
					throw new IndexTooLarge(name);
				}
			}
		}
		return true;
	}

	/** A field whose index is past every form's length. */
	static final class IndexTooLarge extends InvalidInput {

		IndexTooLarge(String field) {
			super(field, "error.param.index", LIMIT);
		}

	}

}
