package org.shopfront.tickets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of a ticket import ({@code shopfront.listening.import.*}). The upload size
 * itself is Spring's {@code spring.servlet.multipart.max-file-size}.
 *
 * @param batchSize tickets written per statement and transaction
 * @param maxTextLength longest description kept; longer ones are shortened
 * @param maxRecordLength longest CSV record or JSON line read before the file is given up
 * as broken (an unclosed quote would otherwise read the rest of the file into memory)
 * @param rejectionsKept rejected rows listed in the report; all are counted
 * @param maxPush most tickets accepted in one push to the API
 * @param writers batches written at once, each in its own transaction and connection, so
 * that the database uses more than one core while the file is read
 */
@ConfigurationProperties("shopfront.listening.import")
record ImportLimits(@DefaultValue("5000") int batchSize, @DefaultValue("100000") int maxTextLength,
		@DefaultValue("4000000") int maxRecordLength, @DefaultValue("1000") int rejectionsKept,
		@DefaultValue("5000") int maxPush, @DefaultValue("2") int writers) {

	static ImportLimits defaults() {
		return new ImportLimits(5000, 100000, 4000000, 1000, 5000, 2);
	}

}
