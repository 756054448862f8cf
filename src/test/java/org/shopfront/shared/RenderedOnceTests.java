package org.shopfront.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept renders: made once per key, bounded, counted in Micrometer, and rendered outside a
 * request in the language asked for.
 */
@SpringBootTest
class RenderedOnceTests {

	@Autowired
	ITemplateEngine templates;

	@Autowired
	RenderedOnce renders;

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private RenderedOnce withMeters() {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("meters", this.meters));
		return new RenderedOnce(this.templates, null, beans.getBeanProvider(MeterRegistry.class));
	}

	@Test
	void makesAValueOncePerKey() {
		Kept<String, String> kept = withMeters().keep("test", 10);
		AtomicInteger made = new AtomicInteger();

		kept.get("a", (k) -> k + made.incrementAndGet());
		String again = kept.get("a", (k) -> k + made.incrementAndGet());

		assertThat(again).isEqualTo("a1");
		assertThat(made).hasValue(1);
	}

	@Test
	void keepsNoMoreThanItsBound() {
		Kept<Integer, String> kept = withMeters().keep("test", 16);

		for (int i = 0; i < 1_000; i++) {
			kept.get(i, String::valueOf);
		}

		assertThat(kept.size()).isLessThanOrEqualTo(16);
	}

	@Test
	void forgetsEverythingWhenAsked() {
		Kept<String, String> kept = withMeters().keep("test", 10);
		kept.get("a", (k) -> "first");

		kept.forgetAll();

		assertThat(kept.get("a", (k) -> "second")).isEqualTo("second");
	}

	@Test
	void letsAValueGoAfterItsPeriod() throws Exception {
		Kept<String, String> kept = withMeters().keep("test", 10, Duration.ofNanos(1));
		kept.get("a", (k) -> "first");

		assertThat(kept.get("a", (k) -> "second")).isEqualTo("second");
	}

	@Test
	void reportsItsSizeAndHitsToMicrometer() {
		Kept<String, String> kept = withMeters().keep("layout-menu", 10);
		kept.get("a", (k) -> "x");
		kept.get("a", (k) -> "x");
		kept.get("b", (k) -> "y");

		assertThat(this.meters.get("cache.size").tag("cache", "layout-menu").gauge().value()).isEqualTo(2.0);
		assertThat(this.meters.get("cache.gets")
			.tag("cache", "layout-menu")
			.tag("result", "hit")
			.functionCounter()
			.count()).isEqualTo(1.0);
		assertThat(this.meters.get("cache.gets")
			.tag("cache", "layout-menu")
			.tag("result", "miss")
			.functionCounter()
			.count()).isEqualTo(2.0);
	}

	@Test
	void rendersOutsideARequestWithTheMessagesAndVariablesGiven() {
		String menu = this.renders.render("layout-menu", Set.of(), Locale.ENGLISH,
				Map.of("roles", Set.of("CUSTOMER"), "contextPath", "/shop"));

		assertThat(menu).contains("href=\"/shop/store\"", ">Store<").doesNotContain("/admin/users");
	}

}
