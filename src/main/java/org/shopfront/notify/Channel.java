package org.shopfront.notify;

/** Where a notice goes besides the inbox, which is the notice row itself. */
enum Channel {

	EMAIL, WEBHOOK

}
