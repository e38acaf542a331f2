package org.clvplugin.rest;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Text the API takes is plain text: no control characters but tab and line breaks in bodies, none at all in
 * parameters. A NUL cannot be stored in PostgreSQL (the database would answer an error for every reader), and
 * the others have no business in a name, an id or a setting; they are refused as bad input, naming the field.
 */
final class PlainText {

    private PlainText() {
    }

    /** The first character a parameter may not hold, described ("U+0000"), if there is one. */
    static Optional<String> controlInParameter(String value) {
        return firstControl(value, false);
    }

    private static Optional<String> firstControl(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r');
            if ((c < 0x20 || c == 0x7f) && !allowed) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** Text in a JSON body that cannot be taken: the mapper answers it as a refused field. */
    static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser, String character) {
            super(parser, "contains a control character (" + character + "); send plain text");
        }
    }

    /** For the API's mapper: every string and map key of a body is checked. */
    static SimpleModule module() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return checked(p, super.deserialize(p, ctxt));
            }
        }).addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                return checked(ctxt.getParser(), key);
            }
        });
    }

    private static String checked(JsonParser p, String text) throws ControlCharacterException {
        if (text != null) {
            Optional<String> control = firstControl(text, true);
            if (control.isPresent()) {
                throw new ControlCharacterException(p, control.get());
            }
        }
        return text;
    }
}
