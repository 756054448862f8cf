package org.shopfront.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Kept renders (decision 0049): HTML rendered outside the request that shows it and kept
 * by exactly what decides it, for the parts of pages whose expressions cost most of a
 * view and read the same for many readers (the layout's menu, the store's grids, a need's
 * comparison, the portfolio's figures, the order rows, the pain-point board). Each keeper
 * is a Caffeine cache with a maximum size whose size, hits and evictions Micrometer
 * reports as {@code cache.*} with the keeper's name as the {@code cache} tag.
 */
@Component
public class RenderedOnce {

	private final ITemplateEngine templates;

	private final ApplicationContext beans;

	private final ObjectProvider<MeterRegistry> meters;

	RenderedOnce(ITemplateEngine templates, ApplicationContext beans, ObjectProvider<MeterRegistry> meters) {
		this.templates = templates;
		this.beans = beans;
		this.meters = meters;
	}

	/** A keeper of at most {@code atMost} values. */
	public <K, V> Kept<K, V> keep(String name, int atMost) {
		return keep(name, atMost, Duration.ZERO);
	}

	/**
	 * A keeper of at most {@code atMost} values, each for {@code forAtMost} after it was
	 * kept (zero: until it is pushed out).
	 */
	public <K, V> Kept<K, V> keep(String name, int atMost, Duration forAtMost) {
		// Evictions run in the caller's thread, so the bound holds when put returns.
		Caffeine<Object, Object> builder = Caffeine.newBuilder()
			.maximumSize(atMost)
			.executor(Runnable::run)
			.recordStats();
		if (!forAtMost.isNegative() && !forAtMost.isZero()) {
			builder.expireAfterWrite(forAtMost);
		}
		com.github.benmanes.caffeine.cache.Cache<K, V> cache = builder.build();
		this.meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, cache, name));
		return new Kept<>(cache);
	}

	/**
	 * The template, or only the given fragments of it, rendered without a request: the
	 * template may use nothing but the variables and the language ({@code #{…}}), so
	 * links need the context path as a variable.
	 */
	public String render(String template, Set<String> fragments, Locale locale, Map<String, ?> variables) {
		Context context = new Context(locale);
		prepare(context, variables);
		return fragments.isEmpty() ? this.templates.process(template, context)
				: this.templates.process(template, fragments, context);
	}

	/**
	 * The template rendered with the request, for its {@code @{…}} links, through a
	 * response that rewrites no URL, so that nothing of the session enters a kept render.
	 */
	public String render(String template, Locale locale, HttpServletRequest request, HttpServletResponse response,
			Map<String, ?> variables) {
		return render(template, Set.of(), locale, request, response, variables);
	}

	/**
	 * The given fragments of the template (all of it when none are given) rendered with
	 * the request, as
	 * {@link #render(String, Locale, HttpServletRequest, HttpServletResponse, Map)}.
	 */
	public String render(String template, Set<String> fragments, Locale locale, HttpServletRequest request,
			HttpServletResponse response, Map<String, ?> variables) {
		HttpServletResponse noRewriting = new HttpServletResponseWrapper(response) {
			@Override
			public String encodeURL(String url) {
				return url;
			}
		};
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, noRewriting), locale);
		prepare(context, variables);
		return fragments.isEmpty() ? this.templates.process(template, context)
				: this.templates.process(template, fragments, context);
	}

	private void prepare(AbstractContext context, Map<String, ?> variables) {
		// One evaluation context per rendering: Thymeleaf sets its expression objects on
		// it.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.beans, null));
		variables.forEach(context::setVariable);
	}

}
