package org.shopfront.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sends every page as one array of UTF-8 bytes with its length. Thymeleaf renders a page
 * into a string (it writes nothing while it renders); through the servlet's writer that
 * string was copied into Tomcat's character buffer and encoded there in 8 KB pieces, by
 * the encoder's slow loop once a piece held a character outside ASCII (every page with a
 * euro sign does): a sixth of a catalog page's request-thread samples (decision 0047).
 * {@code String.getBytes} encodes the same string in one pass, and the known length
 * spares the chunked encoding.
 */
@Configuration(proxyBeanMethods = false)
class PagesAsBytes {

	@Bean
	static BeanPostProcessor pagesAsBytesViews() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(BytesView.class);
				}
				return bean;
			}
		};
	}

	/** Thymeleaf's view, its page caught as a string and sent as bytes. */
	static class BytesView extends ThymeleafView {

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			CaughtPage page = new CaughtPage(response);
			super.render(model, request, page);
			page.send();
		}

	}

	/**
	 * A response whose writer keeps what is written; {@link #send()} writes it through
	 * the response it wraps. Nothing reaches the client while the page renders, so an
	 * error in the middle leaves the response free for the error page.
	 */
	private static final class CaughtPage extends HttpServletResponseWrapper {

		private final Text text = new Text();

		private PrintWriter writer;

		CaughtPage(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(this.text);
			}
			return this.writer;
		}

		void send() throws IOException {
			if (this.writer == null) {
				return;
			}
			byte[] bytes = this.text.toString().getBytes(Charset.forName(getCharacterEncoding()));
			setContentLength(bytes.length);
			getResponse().getOutputStream().write(bytes);
		}

	}

	/**
	 * A writer that keeps the string it is given whole: Thymeleaf writes a page in one
	 * call, and copying it into a builder would be one more pass over it.
	 */
	private static final class Text extends Writer {

		private String first;

		private StringBuilder more;

		@Override
		public void write(String text) {
			if (this.first == null && this.more == null) {
				this.first = text;
			}
			else {
				builder().append(text);
			}
		}

		@Override
		public void write(String text, int offset, int length) {
			write(text.substring(offset, offset + length));
		}

		@Override
		public void write(char[] chars, int offset, int length) {
			builder().append(chars, offset, length);
		}

		private StringBuilder builder() {
			if (this.more == null) {
				this.more = new StringBuilder((this.first != null) ? this.first : "");
				this.first = null;
			}
			return this.more;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		@Override
		public String toString() {
			if (this.more != null) {
				return this.more.toString();
			}
			return (this.first != null) ? this.first : "";
		}

	}

}
