package org.shopfront.painpoints.mining;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailBoilerplateTests {

	@Test
	void dropsTheGreetingLine() {
		assertThat(MailBoilerplate.strip("Hi John,\nThe printer on floor 3 jams.\n"))
			.isEqualTo("The printer on floor 3 jams.\n");
	}

	@Test
	void cutsTheSignatureAfterTheClosing() {
		String mail = "My laptop does not boot.\nKind regards,\nAnna Smith\nSenior Engineer\nExt. 4411\n";
		assertThat(MailBoilerplate.strip(mail)).isEqualTo("My laptop does not boot.\n");
	}

	@Test
	void cutsQuotedMailAndForwardedMessages() {
		String reply = "Still broken after the reboot.\nOn Mon, 3 Nov 2025 at 10:00, Service Desk wrote:\n> Please reboot.\n";
		assertThat(MailBoilerplate.strip(reply)).isEqualTo("Still broken after the reboot.\n");
		String outlook = "See below.\nFrom: Bob\nSent: Friday, November 7, 2025 9:12 AM\nSubject: VPN\nVPN is down";
		assertThat(MailBoilerplate.strip(outlook)).isEqualTo("See below.\n");
	}

	@Test
	void keepsAForwardedMessageThatIsTheWholeTicket() {
		String forward = "-----Original Message-----\nFrom: Bob\nSubject: VPN\nThe VPN drops every hour.";
		assertThat(MailBoilerplate.strip(forward)).isEqualTo("The VPN drops every hour.\n");
	}

	@Test
	void dropsDisclaimersAndSentFromMyPhone() {
		String mail = "Outlook crashes on start.\nSent from my iPhone\nThis e-mail is confidential and intended only for the addressee.";
		assertThat(MailBoilerplate.strip(mail)).isEqualTo("Outlook crashes on start.\n");
	}

	@Test
	void learnsLinesRepeatedAcrossManyTickets() {
		String disclaimer = "Acme Ltd, registered in England no 123456";
		java.util.List<TicketText> tickets = new java.util.ArrayList<>();
		for (int i = 0; i < 20; i++) {
			tickets.add(TicketText.of("ticket " + i, "problem number " + i + "\n" + disclaimer));
		}
		RepeatedLines repeated = RepeatedLines.learn(tickets);
		assertThat(repeated.strip("the printer jams\n" + disclaimer)).isEqualTo("the printer jams\n");
	}

}
