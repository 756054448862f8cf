package org.shopfront.notify;

import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Without an SMTP server a mail is only logged: one line at INFO, its text only at DEBUG.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoggedMailTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(EmailSender.class);

	private final Level level = this.logger.getLevel();

	private final MailWriting writing = mock(MailWriting.class);

	private final Outgoing mail = Outgoing.claimed(Channel.EMAIL, "ada@example.com", "order-placed", "Ada",
			new NoticeContent("We received your order 7: Laptop", List.of("It is on its way."), List.of()),
			Instant.parse("2026-12-03T10:00:00Z"));

	@AfterEach
	void restoreTheLevel() {
		this.logger.setLevel(this.level);
	}

	@Test
	void atInfoAMailIsLoggedAsOneLineWithItsRecipientAndSubjectAndItsTextIsNeitherWrittenNorLogged(
			CapturedOutput output) throws Exception {
		this.logger.setLevel(Level.INFO);
		when(this.writing.text(any())).thenReturn("Hello Ada,\nIt is on its way.");

		sender().send(this.mail);

		assertThat(output.getOut()).contains("ada@example.com")
			.contains("We received your order 7: Laptop")
			.contains(this.mail.deliveryId().toString())
			.doesNotContain("It is on its way.");
		verify(this.writing, never()).text(any());
	}

	@Test
	void atDebugTheMailsTextIsLoggedToo(CapturedOutput output) throws Exception {
		this.logger.setLevel(Level.DEBUG);
		when(this.writing.text(any())).thenReturn("Hello Ada,\nIt is on its way.");

		sender().send(this.mail);

		assertThat(output.getOut()).contains("We received your order 7: Laptop")
			.contains("Hello Ada,\nIt is on its way.");
	}

	@SuppressWarnings("unchecked")
	private EmailSender sender() {
		ObjectProvider<JavaMailSender> none = mock(ObjectProvider.class);
		return new EmailSender(none, this.writing, null);
	}

}
