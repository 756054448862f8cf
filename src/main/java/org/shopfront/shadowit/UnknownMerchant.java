package org.shopfront.shadowit;

/**
 * A merchant no vendor was found for that the business pays again and again, for an admin
 * to name.
 *
 * @param merchantKey the normalised merchant text corrections are recorded under
 * @param example one line's merchant text as the statement wrote it
 * @param lines how many lines name it
 * @param months in how many months it was paid
 */
record UnknownMerchant(String merchantKey, String example, long lines, long months) {

}
