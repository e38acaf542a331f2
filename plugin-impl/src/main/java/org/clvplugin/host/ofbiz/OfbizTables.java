package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OFBiz tables the plugin reads (and the two it writes follow-up tasks to), as the OFBiz entity model defines
 * them (entity and field names, field types; tables and columns named by OFBiz's rule, camelCase to UPPER_SNAKE).
 * Only the fields the plugin uses are listed, plus the keys and OFBiz's four timestamp columns.
 *
 * <p>Inside OFBiz these tables exist already and the plugin only reads them. {@link #create} builds them for the
 * standalone host and the tests, with the SQL types of OFBiz's own field-type files for H2 and PostgreSQL; the
 * drift test checks every entity and field here against the entity model files.
 */
public final class OfbizTables {

    /** A field of an entity with its OFBiz field type. */
    public record Field(String name, String type) {
        public String column() {
            return OfbizTables.column(name);
        }
    }

    /** An entity with its fields and primary key (field names). */
    public record Entity(String name, List<Field> fields, List<String> primaryKey, List<List<String>> indexes) {
        public String table() {
            return column(name);
        }
    }

    public enum Dialect { H2, POSTGRESQL, MYSQL }

    public static final List<Entity> ENTITIES = List.of(
        entity("Party", List.of("partyId"), List.of(),
            "partyId:id", "partyTypeId:id", "statusId:id", "preferredCurrencyUomId:id", "createdDate:date-time"),
        entity("Person", List.of("partyId"), List.of(),
            "partyId:id", "firstName:name", "lastName:name"),
        entity("PartyGroup", List.of("partyId"), List.of(),
            "partyId:id", "groupName:name"),
        entity("PartyRole", List.of("partyId", "roleTypeId"), List.of(),
            "partyId:id", "roleTypeId:id"),
        entity("PartyRelationship", List.of("partyIdFrom", "partyIdTo", "roleTypeIdFrom", "roleTypeIdTo", "fromDate"),
            List.of(List.of("partyIdTo")),
            "partyIdFrom:id", "partyIdTo:id", "roleTypeIdFrom:id", "roleTypeIdTo:id", "fromDate:date-time",
            "thruDate:date-time", "statusId:id", "partyRelationshipTypeId:id"),
        entity("OrderHeader", List.of("orderId"), List.of(),
            "orderId:id", "orderTypeId:id", "orderDate:date-time", "entryDate:date-time", "statusId:id",
            "currencyUom:id", "grandTotal:currency-amount"),
        entity("OrderRole", List.of("orderId", "partyId", "roleTypeId"), List.of(List.of("partyId")),
            "orderId:id", "partyId:id", "roleTypeId:id"),
        entity("OrderItem", List.of("orderId", "orderItemSeqId"), List.of(),
            "orderId:id", "orderItemSeqId:id", "orderItemTypeId:id", "productId:id", "quantity:fixed-point",
            "cancelQuantity:fixed-point", "unitPrice:currency-precise", "statusId:id"),
        entity("ReturnHeader", List.of("returnId"), List.of(),
            "returnId:id", "returnHeaderTypeId:id", "statusId:id", "fromPartyId:id", "toPartyId:id",
            "entryDate:date-time", "currencyUomId:id"),
        entity("ReturnItem", List.of("returnId", "returnItemSeqId"), List.of(List.of("orderId")),
            "returnId:id", "returnItemSeqId:id", "orderId:id", "orderItemSeqId:id", "statusId:id",
            "returnQuantity:fixed-point", "returnPrice:currency-amount"),
        entity("WorkEffort", List.of("workEffortId"), List.of(),
            "workEffortId:id", "workEffortTypeId:id", "currentStatusId:id", "lastStatusUpdate:date-time",
            "workEffortName:name", "description:description", "estimatedStartDate:date-time",
            "estimatedCompletionDate:date-time", "sourceReferenceId:id-long", "createdDate:date-time",
            "lastModifiedDate:date-time"),
        entity("WorkEffortPartyAssignment", List.of("workEffortId", "partyId", "roleTypeId", "fromDate"),
            List.of(List.of("partyId")),
            "workEffortId:id", "partyId:id", "roleTypeId:id", "fromDate:date-time", "thruDate:date-time",
            "statusId:id", "statusDateTime:date-time"),
        // In OFBiz's common entity model (not among the files in shared/ofbiz, see docs/ofbiz.md).
        entity("UomConversionDated", List.of("uomId", "uomIdTo", "fromDate"), List.of(),
            "uomId:id", "uomIdTo:id", "fromDate:date-time", "thruDate:date-time", "conversionFactor:floating-point"));

    /** The columns OFBiz adds to every entity. */
    public static final List<Field> STAMPS = List.of(new Field("lastUpdatedStamp", "date-time"),
            new Field("lastUpdatedTxStamp", "date-time"), new Field("createdStamp", "date-time"),
            new Field("createdTxStamp", "date-time"));

    private static final Map<String, String> COMMON_TYPES = Map.of(
            "id", "VARCHAR(20)", "id-long", "VARCHAR(60)", "name", "VARCHAR(100)", "indicator", "CHAR(1)",
            "currency-amount", "NUMERIC(18,2)", "currency-precise", "NUMERIC(18,3)", "fixed-point", "NUMERIC(18,6)",
            "description", "VARCHAR(255)");

    private OfbizTables() {
    }

    /** OFBiz's naming rule: orderItemSeqId -> ORDER_ITEM_SEQ_ID. */
    public static String column(String camelCase) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camelCase.length(); i++) {
            char c = camelCase.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /**
     * The SQL type of an OFBiz field type, as fieldtypeh2.xml, fieldtypepostgres.xml and fieldtypemysql.xml
     * (MySQL and MariaDB) define it.
     */
    public static String sqlType(String fieldType, Dialect dialect) {
        String type = switch (fieldType) {
            case "date-time" -> switch (dialect) {
                case H2 -> "TIMESTAMP";
                case POSTGRESQL -> "TIMESTAMPTZ";
                case MYSQL -> "DATETIME(3)";
            };
            case "floating-point" -> dialect == Dialect.POSTGRESQL ? "FLOAT8" : "DOUBLE";
            default -> {
                String common = COMMON_TYPES.get(fieldType);
                if (common == null) {
                    throw new IllegalArgumentException("no SQL type for OFBiz field type " + fieldType);
                }
                yield common;
            }
        };
        // OFBiz's MySQL types spell the same decimals DECIMAL.
        return dialect == Dialect.MYSQL ? type.replace("NUMERIC(", "DECIMAL(") : type;
    }

    public static Dialect dialectOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return Dialect.POSTGRESQL;
        }
        return product.contains("mysql") || product.contains("mariadb") ? Dialect.MYSQL : Dialect.H2;
    }

    /** Creates the tables that do not exist yet (standalone host and tests only; never inside OFBiz). */
    public static void create(Connection connection) throws SQLException {
        Dialect dialect = dialectOf(connection);
        try (Statement s = connection.createStatement()) {
            for (String ddl : ddl(dialect)) {
                s.execute(ddl);
            }
        }
    }

    public static List<String> ddl(Dialect dialect) {
        List<String> out = new ArrayList<>();
        for (Entity e : ENTITIES) {
            StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(e.table()).append(" (");
            List<Field> all = new ArrayList<>(e.fields());
            all.addAll(STAMPS);
            for (Field f : all) {
                sql.append(f.column()).append(' ').append(sqlType(f.type(), dialect));
                if (e.primaryKey().contains(f.name())) {
                    sql.append(" NOT NULL");
                }
                sql.append(", ");
            }
            sql.append("CONSTRAINT PK_").append(e.table()).append(" PRIMARY KEY (")
                    .append(String.join(", ", e.primaryKey().stream().map(OfbizTables::column).toList()))
                    .append("))");
            out.add(sql.toString());
            int n = 0;
            for (List<String> index : e.indexes()) {
                out.add("CREATE INDEX IF NOT EXISTS IX_" + e.table() + "_" + (++n) + " ON " + e.table() + " ("
                        + String.join(", ", index.stream().map(OfbizTables::column).toList()) + ")");
            }
        }
        return out;
    }

    private static Entity entity(String name, List<String> key, List<List<String>> indexes, String... fields) {
        List<Field> list = new ArrayList<>();
        for (String f : fields) {
            String[] parts = f.split(":");
            list.add(new Field(parts[0], parts[1]));
        }
        return new Entity(name, List.copyOf(list), key, indexes);
    }
}
