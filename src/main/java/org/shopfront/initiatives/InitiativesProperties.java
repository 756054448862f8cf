package org.shopfront.initiatives;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of initiatives ({@code shopfront.initiatives.*}).
 *
 * @param watchEvery how often the watch projects each running initiative's budget and
 * date
 * @param watchBatch how many initiatives the watch reads and updates in one transaction
 * @param moneyForEveryone whether everyone signed in sees the money figures (budgets,
 * spend, value per year); otherwise only service owners and admins see every unit's, and
 * business leaders and IT staff their own unit's (and the sponsor and IT owner their
 * initiative's)
 * @param portfolioCacheFor how long the portfolio's figures are served from memory after
 * they are read (0: read every time)
 */
@ConfigurationProperties("shopfront.initiatives")
record InitiativesProperties(@DefaultValue("1h") Duration watchEvery, @DefaultValue("500") int watchBatch,
		@DefaultValue("false") boolean moneyForEveryone, @DefaultValue("10s") Duration portfolioCacheFor) {

}
