package org.clvplugin.host.ofbiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every table and column the plugin maps exists, with the same field type, in the OFBiz entity model files of
 * shared/ofbiz (UomConversionDated in the common entity model), and the SQL types the standalone schema uses are
 * those of OFBiz's field-type files for H2, PostgreSQL and MySQL. The ledger and directory tests run every query
 * against tables built from
 * {@link OfbizTables}, so together these show the queries use only real OFBiz columns.
 */
class OfbizSchemaDriftTest {

    @Test
    void mappedEntitiesAndFieldsExistWithTheirTypes() throws Exception {
        Map<String, Map<String, String>> model = new HashMap<>();
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, String> tableNames = new HashMap<>();
        for (String file : new String[] {"applications/datamodel/entitydef/party-entitymodel.xml",
                "applications/datamodel/entitydef/order-entitymodel.xml",
                "applications/datamodel/entitydef/workeffort-entitymodel.xml",
                "framework/common/entitydef/entitymodel.xml"}) {
            Document doc = parse(SharedData.file("ofbiz/" + file));
            NodeList entities = doc.getElementsByTagName("entity");
            for (int i = 0; i < entities.getLength(); i++) {
                Element e = (Element) entities.item(i);
                Map<String, String> fields = new HashMap<>();
                NodeList f = e.getElementsByTagName("field");
                for (int j = 0; j < f.getLength(); j++) {
                    Element field = (Element) f.item(j);
                    fields.put(field.getAttribute("name"), field.getAttribute("type"));
                }
                Set<String> pk = new HashSet<>();
                NodeList k = e.getElementsByTagName("prim-key");
                for (int j = 0; j < k.getLength(); j++) {
                    pk.add(((Element) k.item(j)).getAttribute("field"));
                }
                model.put(e.getAttribute("entity-name"), fields);
                keys.put(e.getAttribute("entity-name"), pk);
                tableNames.put(e.getAttribute("entity-name"), e.getAttribute("table-name"));
            }
        }
        int checked = 0;
        for (OfbizTables.Entity entity : OfbizTables.ENTITIES) {
            Map<String, String> fields = model.get(entity.name());
            assertNotNull(fields, "entity " + entity.name() + " in the OFBiz entity model");
            assertTrue(tableNames.get(entity.name()).isEmpty(), "no table-name override: OFBiz derives "
                    + entity.table() + " from " + entity.name());
            for (OfbizTables.Field field : entity.fields()) {
                assertEquals(fields.get(field.name()), field.type(), entity.name() + "." + field.name());
                checked++;
            }
            assertEquals(keys.get(entity.name()), new HashSet<>(entity.primaryKey()), entity.name() + " primary key");
        }
        assertTrue(checked > 40, "fields checked: " + checked);
    }

    @Test
    void sqlTypesAreThoseOfOfbizFieldTypeFiles() throws Exception {
        check("fieldtypeh2.xml", OfbizTables.Dialect.H2);
        check("fieldtypepostgres.xml", OfbizTables.Dialect.POSTGRESQL);
        check("fieldtypemysql.xml", OfbizTables.Dialect.MYSQL);
    }

    private static void check(String file, OfbizTables.Dialect dialect) throws Exception {
        Document doc = parse(SharedData.file("ofbiz/framework/entity/fieldtype/" + file));
        Map<String, String> sqlTypes = new HashMap<>();
        NodeList defs = doc.getElementsByTagName("field-type-def");
        for (int i = 0; i < defs.getLength(); i++) {
            Element d = (Element) defs.item(i);
            sqlTypes.put(d.getAttribute("type"), d.getAttribute("sql-type"));
        }
        Set<String> used = new HashSet<>();
        OfbizTables.ENTITIES.forEach(e -> e.fields().forEach(f -> used.add(f.type())));
        OfbizTables.STAMPS.forEach(f -> used.add(f.type()));
        for (String type : used) {
            assertEquals(sqlTypes.get(type), OfbizTables.sqlType(type, dialect), file + ": " + type);
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void columnNamesFollowOfbizRule() {
        assertEquals("ORDER_ITEM_SEQ_ID", OfbizTables.column("orderItemSeqId"));
        assertEquals("PARTY_ID_FROM", OfbizTables.column("partyIdFrom"));
        assertEquals("UOM_CONVERSION_DATED", OfbizTables.column("UomConversionDated"));
    }
}
