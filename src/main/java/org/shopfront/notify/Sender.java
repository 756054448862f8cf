package org.shopfront.notify;

/** Sends claimed deliveries over one channel; throws when the channel did not take it. */
interface Sender {

	Channel channel();

	void send(Outgoing outgoing) throws Exception;

}
