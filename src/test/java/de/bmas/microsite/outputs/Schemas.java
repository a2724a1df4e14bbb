package de.bmas.microsite.outputs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Stream;

/** The formats' own schemas, from src/test/resources/schemas, applied by real validators. */
final class Schemas {

    static final String SITEMAP = "sitemap-0.9.xsd";
    static final String FRAB = "frab-schedule.xsd";

    /**
     * Draft 6 with the schedule schema's notes declared as what they are, annotations: its {@code $comment} and
     * {@code deprecated} from later drafts and its own {@code $oneOf} and {@code $todo}. Unknown, they validate
     * nothing either, but the validator logs a warning for each.
     */
    private static final JsonMetaSchema DRAFT_6_WITH_NOTES = JsonMetaSchema.builder(JsonMetaSchema.getV6())
            .keywords(Stream.of("$comment", "deprecated", "$oneOf", "$todo").map(NonValidationKeyword::new).toList())
            .build();

    private Schemas() {
    }

    /**
     * {@code xml} parsed for the test to read, once the schema's validator accepted it; throws with the validator's
     * message (line, column, reason) when it breaks the schema.
     */
    static Document validXml(byte[] xml, String schema) throws SAXException, IOException {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Schemas.class.getResource("/schemas/" + schema))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
        return Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }

    /** The violations of the C3 schedule JSON schema (draft 6), with format checks (date-time, uri, uuid) on. */
    static Set<ValidationMessage> scheduleJsonErrors(String json) {
        try (InputStream schema = Schemas.class.getResourceAsStream("/schemas/c3-schedule.schema.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6,
                    factory -> factory.metaSchema(DRAFT_6_WITH_NOTES)).getSchema(schema, config);
            return validator.validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
