package org.entente.notify.delivery;

import org.entente.notify.subscription.Channel;

/** Sends over one channel. Throwing means the attempt failed; the dispatcher retries or gives up. */
public interface ChannelSender {

    Channel channel();

    void send(Outgoing outgoing);
}
