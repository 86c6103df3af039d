package org.entente.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/** What Entente sends in the local run can be read in a mail client, logged in as the recipient's address. */
class LocalSmtpTest {

    static final String CLAIRE = "claire.martin@example.org";

    @Test
    void mailSentOverSmtpIsReadOverImapAndPop3WithTheRecipientsAddressAsLogin() throws Exception {
        int smtp = Ports.free();
        int imap = Ports.free();
        int pop3 = Ports.free();
        try (LocalSmtp server = new LocalSmtp(smtp, imap, pop3)) {
            server.start();
            GreenMailUtil.sendTextEmail(CLAIRE, "entente@localhost", "L'accord INSP-KZ-2025-01 est signé", "Bonjour",
                    new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            assertThat(subjects("imap", imap)).containsExactly("L'accord INSP-KZ-2025-01 est signé");
            assertThat(subjects("pop3", pop3)).containsExactly("L'accord INSP-KZ-2025-01 est signé");
        }
    }

    @Test
    void theMailboxesListenOnLoopbackOnly() throws Exception {
        int imap = Ports.free();
        try (LocalSmtp server = new LocalSmtp(Ports.free(), imap, Ports.free())) {
            server.start();

            assertThat(server.start().getImap().getBindTo()).isEqualTo("127.0.0.1");
            assertThat(server.start().getPop3().getBindTo()).isEqualTo("127.0.0.1");
            assertThat(server.start().getSmtp().getBindTo()).isEqualTo("127.0.0.1");
        }
    }

    private static java.util.List<String> subjects(String protocol, int port) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore(protocol);
        store.connect("127.0.0.1", port, CLAIRE, CLAIRE);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            java.util.List<String> subjects = new java.util.ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
