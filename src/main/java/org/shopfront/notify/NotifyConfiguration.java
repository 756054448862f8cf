package org.shopfront.notify;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling for the delivery rounds, and plain-text Thymeleaf templates
 * ({@code templates/notify/*.txt}) for the text part of mails beside the HTML ones.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotifyConfiguration {

	@Bean
	ITemplateResolver notifyTextTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setResolvablePatterns(java.util.Set.of("notify/*.txt"));
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		// Before Spring Boot's HTML resolver, which would look for notify/mail.txt.html.
		resolver.setOrder(0);
		return resolver;
	}

}
