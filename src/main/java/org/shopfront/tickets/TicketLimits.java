package org.shopfront.tickets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of ticket imports ({@code shopfront.listening.import.*}); those of every import
 * (batch size, record length, report, writers) are {@code shopfront.imports.*}.
 *
 * @param maxTextLength longest description kept; longer ones are shortened
 * @param maxPush most tickets accepted in one push to the API
 */
@ConfigurationProperties("shopfront.listening.import")
record TicketLimits(@DefaultValue("100000") int maxTextLength, @DefaultValue("5000") int maxPush) {

}
