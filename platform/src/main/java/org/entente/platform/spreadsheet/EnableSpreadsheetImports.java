package org.entente.platform.spreadsheet;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * Gives a service the spreadsheet import ({@code /api/imports}: dry run, apply, resume at
 * start-up, templates) for the kinds its {@link RowHandler} beans read, and the
 * {@link Vocabulary} its exports write with. The service keeps only its row handlers and its
 * {@code imports/columns} and {@code imports/labels} bundles.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({Vocabulary.class, RuleBreaks.class, ImportStore.class, ReadingImport.class, ApplyingImport.class,
        ImportTemplates.class, ImportController.class})
@EnableConfigurationProperties(ImportSettings.class)
public @interface EnableSpreadsheetImports {
}
