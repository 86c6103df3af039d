package org.entente.console.exports;

import java.io.IOException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

/** A file uploaded to the console, passed on to a service as the multipart part {@code file}, streamed rather than held in memory. */
public final class StreamedPart {

    private StreamedPart() {
    }

    public static HttpEntity<InputStreamResource> of(MultipartFile file) throws IOException {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.getContentType()));
        part.setContentDispositionFormData("file", file.getOriginalFilename());
        return new HttpEntity<>(new InputStreamResource(file.getInputStream()) {
            @Override
            public String getFilename() {
                return file.getOriginalFilename();
            }

            @Override
            public long contentLength() {
                return file.getSize();
            }
        }, part);
    }
}
