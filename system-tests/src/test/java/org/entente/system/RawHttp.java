package org.entente.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP requests sent as raw bytes, so that nothing on the way corrects what a hostile client sends. */
final class RawHttp {

    private RawHttp() {
    }

    /** What came back to a raw request: its status (-1 if none) and content type. */
    record Answer(int status, String contentType, String body) {
    }

    /**
     * Sends the request exactly as given, each char below 256 one byte (so {@code \u00ff} is the
     * byte 0xFF), and reads the answer until the server closes.
     */
    static Answer send(int port, String method, String target, String authorization,
                       String contentType, String body, String[]... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.ISO_8859_1);
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n");
        if (authorization != null) {
            request.append("Authorization: ").append(authorization).append("\r\n");
        }
        boolean ownContentType = false;
        for (String[] header : headers) {
            request.append(header[0]).append(": ").append(header[1]).append("\r\n");
            ownContentType |= header[0].equalsIgnoreCase("Content-Type");
        }
        if (body != null) {
            if (!ownContentType && contentType != null) {
                request.append("Content-Type: ").append(contentType).append("\r\n");
            }
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (IOException resetAfterAnswering) {
                // Tomcat may reset after answering a request it refused; what it wrote is read.
            }
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                return new Answer(-1, "none", text);
            }
            String head = text.contains("\r\n\r\n") ? text.substring(0, text.indexOf("\r\n\r\n")) : text;
            String type = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("none");
            return new Answer(Integer.parseInt(text.substring(9, 12)), type,
                    text.substring(Math.min(text.length(), head.length() + 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
