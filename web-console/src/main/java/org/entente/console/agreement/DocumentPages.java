package org.entente.console.agreement;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.entente.console.Services;
import org.entente.console.exports.Downloads;
import org.entente.console.exports.StreamedPart;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** An agreement's documents: uploads passed on to agreements-service, downloads streamed back from it (as exports are). */
@Controller
class DocumentPages {

    private final Services services;
    private final Downloads downloads;

    DocumentPages(Services services, Downloads downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    @PostMapping("/agreements/{id}/documents")
    String upload(@PathVariable String id, @RequestParam MultipartFile file) throws IOException {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", StreamedPart.of(file));
        services.agreements().post().uri("/api/agreements/{id}/documents", id)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
        return "redirect:/agreements/" + id;
    }

    @GetMapping("/agreements/{id}/documents/{documentId}")
    void download(@PathVariable String id, @PathVariable String documentId, HttpServletResponse response) {
        downloads.stream(services.agreements().get().uri("/api/agreements/{id}/documents/{documentId}", id, documentId),
                response);
    }
}
