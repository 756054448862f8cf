package org.shopfront.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of every import ({@code shopfront.imports.*}). The upload size itself is
 * Spring's {@code spring.servlet.multipart.max-file-size}.
 *
 * @param batchSize rows written per transaction
 * @param maxRecordLength longest CSV record or JSON line read before the file is given up
 * as broken (an unclosed quote would otherwise read the rest of the file into memory)
 * @param rejectionsKept rejected rows listed in the report; all are counted
 * @param writers batches written at once, each in its own transaction and connection, so
 * that the database uses more than one core while the file is read
 */
@ConfigurationProperties("shopfront.imports")
record ImportLimits(@DefaultValue("5000") int batchSize, @DefaultValue("4000000") int maxRecordLength,
		@DefaultValue("1000") int rejectionsKept, @DefaultValue("2") int writers) {

	static ImportLimits defaults() {
		return new ImportLimits(5000, 4000000, 1000, 2);
	}

}
