package org.entente.console.agreement;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Services;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** An agreement's documents: uploads passed on to agreements-service, downloads streamed back from it. */
@Controller
class DocumentPages {

    private final Services services;

    DocumentPages(Services services) {
        this.services = services;
    }

    @PostMapping("/agreements/{id}/documents")
    String upload(@PathVariable String id, @RequestParam MultipartFile file) throws IOException {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.getContentType()));
        part.setContentDispositionFormData("file", file.getOriginalFilename());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        // Streamed to the service as it arrives, not held in memory.
        parts.add("file", new HttpEntity<>(new InputStreamResource(file.getInputStream()) {
            @Override
            public String getFilename() {
                return file.getOriginalFilename();
            }

            @Override
            public long contentLength() {
                return file.getSize();
            }
        }, part));
        services.agreements().post().uri("/api/agreements/{id}/documents", id)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}/documents/{documentId}")
    void download(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response) {
        services.agreements().get().uri("/api/agreements/{id}/documents/{documentId}", id, documentId)
                .exchange((request, answer) -> {
                    if (answer.getStatusCode().isError()) {
                        response.sendError(answer.getStatusCode().value());
                        return null;
                    }
                    response.setStatus(200);
                    copy(answer.getHeaders(), response, HttpHeaders.CONTENT_TYPE);
                    copy(answer.getHeaders(), response, HttpHeaders.CONTENT_DISPOSITION);
                    copy(answer.getHeaders(), response, HttpHeaders.CONTENT_LENGTH);
                    StreamUtils.copy(answer.getBody(), response.getOutputStream());
                    return null;
                });
    }

    private static void copy(HttpHeaders from, HttpServletResponse to, String name) {
        String value = from.getFirst(name);
        if (value != null) {
            to.setHeader(name, value);
        }
    }
}
