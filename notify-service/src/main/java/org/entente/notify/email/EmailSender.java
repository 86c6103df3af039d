package org.entente.notify.email;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.entente.events.agreement.AgreementEvent;
import org.entente.platform.replica.AgreementReplica;
import org.entente.platform.replica.AgreementReplicas;
import org.entente.notify.delivery.ChannelSender;
import org.entente.notify.delivery.Delivery;
import org.entente.notify.delivery.Outgoing;
import org.entente.notify.subscription.Channel;
import org.entente.notify.subscription.Subscription;
import org.entente.notify.timeline.LinkSettings;
import org.entente.notify.timeline.TimelineEntry;
import org.entente.notify.timeline.TimelineLinks;
import org.entente.notify.timeline.TimelinePayloads;
import org.entente.notify.timeline.TimelineSummaries;
import org.entente.notify.unsubscribe.UnsubscribeSettings;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * One e-mail per delivery, in the subscriber's language, with a text and an HTML part; the
 * subject names the agreement. {@code List-Unsubscribe} and {@code List-Unsubscribe-Post}
 * let mail clients offer one-click unsubscribe (RFC 8058) without a login.
 */
@Component
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final AgreementReplicas agreements;
    private final TimelineLinks links;
    private final TimelineSummaries summaries;
    private final TimelinePayloads payloads;
    private final EmailTemplates templates;
    private final String from;
    private final String notifyUrl;
    private final String unsubscribeMailto;
    private final UnsubscribeSettings unsubscribeSettings;

    EmailSender(JavaMailSender mail, AgreementReplicas agreements, TimelineLinks links, TimelineSummaries summaries,
                TimelinePayloads payloads, EmailTemplates templates,
                MailSettings settings, LinkSettings linkSettings, UnsubscribeSettings unsubscribeSettings) {
        this.mail = mail;
        this.agreements = agreements;
        this.links = links;
        this.summaries = summaries;
        this.payloads = payloads;
        this.templates = templates;
        this.from = settings.from();
        this.notifyUrl = linkSettings.notifyService();
        this.unsubscribeSettings = unsubscribeSettings;
        this.unsubscribeMailto = settings.unsubscribeMailto() == null ? "" : settings.unsubscribeMailto();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Outgoing outgoing) {
        Subscription subscription = outgoing.subscription();
        Subscription.Subscriber subscriber = subscription.subscriber();
        String language = subscriber.language();
        boolean digest = outgoing.delivery().kind() == Delivery.Kind.DIGEST;
        if (outgoing.entries().isEmpty()) {
            throw new IllegalStateException("no event to tell about");
        }
        ZoneId zone = ZoneId.of(subscriber.timeZone());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(zone);
        Set<String> agreementNames = new LinkedHashSet<>();
        List<EmailTemplates.Item> items = outgoing.entries().stream().map(entry -> {
            String agreement = agreementName(entry, language);
            if (agreement != null) {
                agreementNames.add(agreement);
            }
            return new EmailTemplates.Item(summaries.summary(entry, language), agreement, links.link(entry),
                    when.format(entry.occurredAt()));
        }).toList();
        String subject = digest ? digestSubject(outgoing, language, agreementNames)
                : "[Entente] " + (agreementNames.isEmpty() ? "" : agreementNames.iterator().next() + " — ")
                        + items.get(0).summary();
        String unsubscribeUrl = notifyUrl + "/api/unsubscribe/" + subscription.unsubscribeToken();
        String name = subscriber.name() == null ? subscriber.email() : subscriber.name();
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(subscriber.email());
            helper.setSubject(subject);
            String readerLink = unsubscribeSettings.readerLink(subscription.unsubscribeToken(), notifyUrl);
            helper.setText(templates.text(language, name, digest, items, readerLink),
                    templates.html(language, name, digest, items, readerLink));
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">" + (unsubscribeMailto.isBlank() ? ""
                    : ", <mailto:" + unsubscribeMailto + "?subject=unsubscribe%20" + subscription.unsubscribeToken() + ">"));
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("X-Entente-Delivery", outgoing.delivery().id());
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not build the message: " + e.getMessage(), e);
        }
    }

    private String digestSubject(Outgoing outgoing, String language, Set<String> agreementNames) {
        String period = outgoing.delivery().period() != null && outgoing.delivery().period().startsWith("weekly")
                ? "email.digest.weekly" : "email.digest.daily";
        String names = String.join(", ", agreementNames.stream().limit(3).toList())
                + (agreementNames.size() > 3 ? ", …" : "");
        return "[Entente] " + templates.word(language, period) + " — "
                + templates.word(language, "email.updates", String.valueOf(outgoing.entries().size()))
                + (names.isEmpty() ? "" : " — " + names);
    }

    /** "Title (CODE)" from the replica, else from the event itself, in the reader's language. */
    private String agreementName(TimelineEntry entry, String language) {
        AgreementReplica replica = agreements.find(entry.agreementId()).orElse(null);
        if (replica != null) {
            return replica.title(language) + " (" + replica.code() + ")";
        }
        return payloads.of(entry, AgreementEvent.class).map(AgreementEvent::agreement)
                .map(agreement -> TimelineSummaries.title(agreement.title(), language) + " (" + agreement.code() + ")")
                .orElse(null);
    }
}
