package org.entente.notify;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reading what GreenMail received. */
public final class Mails {

    private Mails() {
    }

    public static List<MimeMessage> to(GreenMail mail, String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text and HTML alternatives; Spring nests them inside a mixed part. */
    public static Multipart alternativePart(MimeMessage message) throws Exception {
        Multipart part = (Multipart) message.getContent();
        while (!part.getContentType().startsWith("multipart/alternative")) {
            part = (Multipart) part.getBodyPart(0).getContent();
        }
        return part;
    }
}
