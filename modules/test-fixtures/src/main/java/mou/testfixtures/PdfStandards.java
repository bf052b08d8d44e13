package mou.testfixtures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Validates a PDF with veraPDF against PDF/A-2 (archiving) and PDF/UA-1 (accessibility), as the
 * report's publication must meet them (issue 16): a test asserts that no rule failed and prints
 * those that did.
 *
 * <p>The PDF/A-2 level is the one the PDF declares in its XMP metadata ({@code pdfaid:part} 2 and
 * its {@code pdfaid:conformance}: 2a, 2b or 2u); a PDF that declares no PDF/A-2 level is validated
 * against PDF/A-2b, the least of them, and so fails its metadata rules.
 *
 * <p>veraPDF is a test-scoped dependency of the module whose test uses this class
 * ({@code org.verapdf:validation-model}, version in the parent pom); it is not passed on from here.
 */
public final class PdfStandards {

    private static boolean initialised;

    private PdfStandards() {
    }

    /**
     * A rule of a standard that the PDF breaks.
     *
     * @param standard {@code PDF/A-2U}, {@code PDF/A-2B}, {@code PDF/UA-1}...
     * @param clause the clause of the standard, e.g. {@code 7.1} (ISO 14289-1) or {@code 6.2.11.4.1} (ISO 19005-2)
     * @param test the rule's number within its clause
     * @param description what the rule asks, as veraPDF's profile says it
     * @param count how many times the PDF breaks it
     * @param example the first place veraPDF names, and its message, to start looking from
     */
    public record FailedRule(String standard, String clause, int test, String description, int count, String example) {

        /** The rule's id as veraPDF's profiles and documentation name it: {@code 7.1-3}. */
        public String id() {
            return clause + "-" + test;
        }

        @Override
        public String toString() {
            return standard + " rule " + id() + " (clause " + clause + ", test " + test + ") failed " + count + (count == 1 ? " time" : " times")
                    + ": " + description + (example == null || example.isBlank() ? "" : "\n      first: " + example);
        }
    }

    /** The rules a PDF file breaks, of the PDF/A-2 level it declares and of PDF/UA-1. */
    public static List<FailedRule> failedRules(Path pdf) {
        try {
            return failedRules(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pdf, e);
        }
    }

    /**
     * The rules a PDF breaks, of the PDF/A-2 level it declares (PDF/A-2b when none) and of PDF/UA-1,
     * ordered by standard and clause; empty when it meets both.
     *
     * @throws IllegalArgumentException when veraPDF cannot read it as a PDF (the message says why)
     */
    public static List<FailedRule> failedRules(byte[] pdf) {
        initialise();
        // one parse for both standards: veraPDF validates against several flavours in one pass over the PDF
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            List<PDFAFlavour> flavours = List.of(pdfA2(declared(parser)), PDFAFlavour.PDFUA_1);
            try (PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
                List<ValidationResult> results = validator.validateAll(parser);
                List<PDFAFlavour> validated = results.stream().map(ValidationResult::getPDFAFlavour).toList();
                if (!validated.containsAll(flavours)) {
                    throw new IllegalStateException("veraPDF validated against " + validated + ", not " + flavours);
                }
                List<FailedRule> failed = new ArrayList<>();
                for (PDFAFlavour flavour : flavours) {
                    results.stream().filter(r -> r.getPDFAFlavour() == flavour).forEach(r -> failed.addAll(failures(r, flavour)));
                }
                return List.copyOf(failed);
            }
        } catch (ModelParsingException | EncryptedPdfException e) {
            throw new IllegalArgumentException("veraPDF cannot read this as a PDF: " + e.getMessage(), e);
        } catch (ValidationException e) {
            throw new IllegalStateException("veraPDF could not validate the PDF: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules a PDF breaks of one standard (a veraPDF flavour: {@code PDFA_2_U}, {@code PDFUA_1}...). */
    public static List<FailedRule> failedRules(byte[] pdf, PDFAFlavour flavour) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return failures(validator.validate(parser), flavour);
        } catch (ModelParsingException | EncryptedPdfException e) {
            throw new IllegalArgumentException("veraPDF cannot read this as a PDF: " + e.getMessage(), e);
        } catch (ValidationException e) {
            throw new IllegalStateException("veraPDF could not validate the PDF against " + name(flavour) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF/A-2 level the PDF declares in its metadata ({@code PDFA_2_A}, {@code PDFA_2_B} or
     * {@code PDFA_2_U}); {@code PDFA_2_B} when it declares no PDF/A-2 level.
     */
    public static PDFAFlavour declaredPdfA2(byte[] pdf) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            return pdfA2(declared(parser));
        } catch (ModelParsingException | EncryptedPdfException e) {
            throw new IllegalArgumentException("veraPDF cannot read this as a PDF: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFAFlavour pdfA2(List<PDFAFlavour> declared) {
        for (PDFAFlavour flavour : declared) {
            if (flavour == PDFAFlavour.PDFA_2_A || flavour == PDFAFlavour.PDFA_2_B || flavour == PDFAFlavour.PDFA_2_U) {
                return flavour;
            }
        }
        return PDFAFlavour.PDFA_2_B;
    }

    /** The failed rules as a test prints them, one a line; "no failed rule" when there are none. */
    public static String describe(List<FailedRule> failed) {
        if (failed.isEmpty()) {
            return "no failed rule";
        }
        return failed.size() + (failed.size() == 1 ? " failed rule:" : " failed rules:") + "\n"
                + failed.stream().map(r -> "  " + r).collect(Collectors.joining("\n"));
    }

    /** The standard's name as people write it: {@code PDF/A-2U}, {@code PDF/UA-1}. */
    public static String name(PDFAFlavour flavour) {
        return switch (flavour.getPart().getFamily()) {
            case PDF_UA -> "PDF/UA-" + flavour.getPart().getPartNumber();
            case PDF_A -> "PDF/A-" + flavour.getPart().getPartNumber() + flavour.getLevel().getCode().toUpperCase(java.util.Locale.ROOT);
            default -> flavour.toString();
        };
    }

    private static List<PDFAFlavour> declared(PDFAParser parser) {
        List<PDFAFlavour> flavours = new ArrayList<>();
        if (parser.getFlavours() != null) {
            flavours.addAll(parser.getFlavours());
        }
        if (parser.getFlavour() != null) {
            flavours.add(parser.getFlavour());
        }
        return flavours;
    }

    private static List<FailedRule> failures(ValidationResult result, PDFAFlavour flavour) {
        Map<RuleId, Integer> counts = result.getFailedChecks();
        List<FailedRule> failed = new ArrayList<>();
        for (Map.Entry<RuleId, Integer> entry : counts.entrySet()) {
            RuleId id = entry.getKey();
            Rule rule = result.getValidationProfile() == null ? null : result.getValidationProfile().getRuleByRuleId(id);
            String example = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED && id.equals(a.getRuleId()))
                    .findFirst().map(PdfStandards::example).orElse(null);
            failed.add(new FailedRule(name(flavour), id.getClause(), id.getTestNumber(), rule == null ? "" : rule.getDescription().strip(),
                    entry.getValue(), example));
        }
        if (failed.isEmpty() && !result.isCompliant()) {
            failed.add(new FailedRule(name(flavour), "?", 0, "veraPDF says the PDF is not compliant ("
                    + result.getJobEndStatus() + ") but names no rule", 1, null));
        }
        failed.sort(Comparator.comparing(FailedRule::clause, PdfStandards::compareClauses).thenComparingInt(FailedRule::test));
        return failed;
    }

    private static String example(TestAssertion assertion) {
        String where = assertion.getLocation() == null ? null : assertion.getLocation().getContext();
        String message = assertion.getErrorMessage() != null && !assertion.getErrorMessage().isBlank() ? assertion.getErrorMessage()
                : assertion.getMessage();
        return (where == null ? "" : where + ": ") + (message == null ? "" : message.strip());
    }

    /** Clauses in the standard's order: 6.2.10 after 6.2.9. */
    private static int compareClauses(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }
}
