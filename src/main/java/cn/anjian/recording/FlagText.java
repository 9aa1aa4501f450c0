package cn.anjian.recording;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A yes/no field kept as text ({@link RecordMetadata#partyInformed()}): the phone sends a JSON boolean, the page
 * the text "true"/"false". The API's strict typing refuses other scalars as text; this one field takes both.
 */
final class FlagText extends StdScalarDeserializer<String> {

    FlagText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return String.valueOf(t == JsonToken.VALUE_TRUE);
        }
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
