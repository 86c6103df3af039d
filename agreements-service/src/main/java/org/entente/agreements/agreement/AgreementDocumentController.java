package org.entente.agreements.agreement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.entente.agreements.agreement.AgreementRecords.DocumentRef;
import org.entente.platform.outbox.AggregateStore;
import org.entente.platform.web.IfMatch;
import org.entente.platform.web.ProblemException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Files attached to an agreement (the signed PDF, annexes). The content goes to GridFS, the
 * reference into the agreement with its event; if the agreement cannot take the reference,
 * the file is removed again, so nothing is left half-written.
 */
@RestController
@RequestMapping("/api/agreements/{id}/documents")
@Tag(name = "Agreement documents")
class AgreementDocumentController {

    private final AggregateStore<Agreement> agreements;
    private final GridFsTemplate files;
    private final Clock clock;

    AgreementDocumentController(AggregateStore<Agreement> agreements, GridFsTemplate files, Clock clock) {
        this.agreements = agreements;
        this.files = files;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file", description = "Multipart field 'file'. The size limit is the setting "
            + "entente.documents.max-size (20 MB by default); beyond it, 413. Emits entente.agreement.document-added.v1.")
    ResponseEntity<DocumentRef> upload(@PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestParam("file") MultipartFile file) throws IOException {
        Long clientVersion = IfMatch.optionalVersion(ifMatch);
        agreements.get(id);
        if (file.isEmpty()) {
            throw ProblemException.badRequest("file", "must not be empty");
        }
        String fileName = fileName(file.getOriginalFilename());
        String contentType = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        Instant now = clock.instant();
        ObjectId stored;
        try (InputStream content = file.getInputStream()) {
            stored = files.store(content, fileName, contentType, new Document("agreementId", id));
        }
        DocumentRef document = new DocumentRef(stored.toHexString(), fileName, contentType, file.getSize(), now);
        try {
            agreements.change(id, clientVersion, agreement -> agreement.addDocument(document, now));
        } catch (RuntimeException e) {
            files.delete(Query.query(where("_id").is(stored)));
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/agreements/" + id + "/documents/" + document.id())).body(document);
    }

    @GetMapping
    @Operation(summary = "List the files attached to an agreement")
    List<DocumentRef> list(@PathVariable String id) {
        return agreements.get(id).documents();
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Download a file, with its content type and file name")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String documentId) throws IOException {
        DocumentRef document = agreements.get(id).documents().stream()
                .filter(candidate -> candidate.id().equals(documentId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("document", documentId));
        GridFsResource resource = files.getResource(files.findOne(Query.query(where("_id").is(new ObjectId(documentId)))));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .contentLength(document.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(resource.getInputStream()));
    }

    /** The name without any client-side path, never empty, of a sane length. */
    private static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
