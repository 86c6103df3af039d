package org.entente.agreements;

import org.entente.platform.spreadsheet.EnableSpreadsheetImports;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
@EnableSpreadsheetImports
public class AgreementsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AgreementsApplication.class, args);
    }
}
