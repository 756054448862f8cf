package org.shopfront.notify;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a notice as HTML with a plain-text alternative. Without an SMTP server
 * ({@code spring.mail.host} unset, as in the demo) it logs one line at INFO instead (to
 * whom, the subject, the delivery), and the notice is still in the inbox; the mail's text
 * is written and logged only at DEBUG: what people are told does not belong in an
 * install's log, and writing it cost every order's request a template's rendering.
 */
@Component
class EmailSender implements Sender {

	private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final MailWriting writing;

	private final NotifyProperties properties;

	EmailSender(ObjectProvider<JavaMailSender> mail, MailWriting writing, NotifyProperties properties) {
		this.mail = mail;
		this.writing = writing;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public void send(Outgoing outgoing) throws Exception {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.info("Mail {} to {} (no SMTP server configured, so only logged): {}", outgoing.deliveryId(),
					outgoing.target(), outgoing.content().subject());
			if (log.isDebugEnabled()) {
				log.debug("Mail {}:\n{}", outgoing.deliveryId(), this.writing.text(outgoing));
			}
			return;
		}
		MailWriting.Mail mail = this.writing.write(outgoing);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.properties.from(), this.properties.senderName());
		helper.setTo(outgoing.target());
		helper.setSubject(mail.subject());
		helper.setText(mail.text(), mail.html());
		// One Message-ID per delivery: should a crash make us send it twice, the second
		// copy is recognisable as the same mail. Spring keeps an explicit Message-ID when
		// sending.
		message.setHeader("Message-ID", "<" + outgoing.deliveryId() + "@shopfront>");
		sender.send(message);
	}

}
