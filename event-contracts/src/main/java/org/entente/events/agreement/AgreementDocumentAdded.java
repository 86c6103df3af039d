package org.entente.events.agreement;

/** Data of {@code entente.agreement.document-added.v1}: a file (the signed PDF, an annex) was attached. */
public record AgreementDocumentAdded(AgreementSnapshot agreement, String documentId, String fileName,
                                     String contentType, long size) implements AgreementEvent {
}
