package org.clvplugin.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clvplugin.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's data files load as OFBiz loads data: every component's seed files (framework, then applications,
 * then plugins), and only then the demo files, each file in one transaction that a failing row rolls back whole,
 * into tables made from OFBiz's entity models with their foreign keys. OFBiz's files come from ../shared/ofbiz (the
 * security component's seed and demo files, the party component's portlet seed); the plugin's from the zip, in the
 * order and readers its ofbiz-component.xml gives.
 */
class SeedOrderTest {

    private static final List<String> MODELS = List.of("framework/security/entitydef/entitymodel.xml",
            "framework/common/entitydef/entitymodel.xml", "applications/datamodel/entitydef/party-entitymodel.xml");
    /** OFBiz's data files at hand, with their readers (the security component's, by its file names). */
    private static final List<String[]> OFBIZ_FILES = List.of(
            new String[] {"seed", "framework/security/data/SecurityPermissionSeedData.xml"},
            new String[] {"seed", "applications/party/data/PartyPortletData.xml"},
            new String[] {"demo", "framework/security/data/SecurityGroupDemoData.xml"});

    @Test
    void thePermissionsAndTheirGrantsSurviveOfbizsSeedThenDemoOrder() throws Exception {
        List<Path> models = new ArrayList<>();
        for (String m : MODELS) {
            models.add(SharedData.file("ofbiz/" + m));
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            EntityDataLoad load = new EntityDataLoad(h2, models);
            List<EntityDataLoad.Outcome> outcomes = new ArrayList<>();
            for (String reader : List.of("seed", "demo")) {
                if (reader.equals("demo")) {
                    outcomes.add(load.load("demo logins (stand-in)", demoLogins()));
                }
                for (String[] file : OFBIZ_FILES) {
                    if (file[0].equals(reader)) {
                        outcomes.add(load.load(file[1], Files.readAllBytes(SharedData.file("ofbiz/" + file[1]))));
                    }
                }
                for (Map.Entry<String, byte[]> file : pluginDataFiles(reader).entrySet()) {
                    outcomes.add(load.load(file.getKey(), file.getValue()));
                }
            }
            List<EntityDataLoad.Outcome> rolledBack = outcomes.stream().filter(o -> !o.committed()).toList();
            assertEquals(List.of(), rolledBack, "files rolled back");
            assertTrue(outcomes.stream().anyMatch(o -> o.file().startsWith("clv/") && o.file().contains("Demo")),
                    "the plugin has a demo file: " + outcomes);

            Set<String> permissions = load.rows("SecurityPermission").stream().map(r -> r.get("permissionId"))
                    .collect(Collectors.toSet());
            assertTrue(permissions.containsAll(Set.of("CLV_VIEW", "CLV_ADMIN")), "permissions " + permissions);
            Set<String> grants = load.rows("SecurityGroupPermission").stream()
                    .map(r -> r.get("groupId") + ":" + r.get("permissionId")).collect(Collectors.toSet());
            assertTrue(grants.containsAll(Set.of("SUPER:CLV_ADMIN", "FULLADMIN:CLV_ADMIN", "BIZADMIN:CLV_ADMIN",
                    "FLEXADMIN:CLV_VIEW", "VIEWADMIN:CLV_VIEW")), "grants " + grants);
            assertTrue(load.rows("PortalPagePortlet").stream().anyMatch(r -> "PartyProfile".equals(
                    r.get("portalPageId")) && "CLV_CONTACT_CARD".equals(r.get("portalPortletId"))),
                    "the card on the party profile page");
        }
    }

    @Test
    void aFileWithAGrantToAGroupNotYetLoadedIsRolledBackWhole() throws Exception {
        // The loader itself: the defect this guards against (a seed file granting to demo-only groups) must show.
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID())) {
            EntityDataLoad load = new EntityDataLoad(h2,
                    List.of(SharedData.file("ofbiz/framework/security/entitydef/entitymodel.xml")));
            EntityDataLoad.Outcome outcome = load.load("early.xml", """
                    <entity-engine-xml>
                        <SecurityPermission permissionId="X_VIEW" description="x"/>
                        <SecurityGroupPermission groupId="FULLADMIN" permissionId="X_VIEW"
                            fromDate="2026-11-30 00:00:00.0"/>
                    </entity-engine-xml>""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(!outcome.committed() && outcome.error().contains("FULLADMIN"), outcome.toString());
            assertEquals(List.of(), load.rows("SecurityPermission"), "nothing of the file stays");
        }
    }

    /**
     * The user logins OFBiz's SecurityGroupDemoData.xml puts into groups (admin, flexadmin, ...): other demo files of
     * OFBiz create them before it, and those are not in ../shared, so a stand-in file creates just these.
     */
    private static byte[] demoLogins() throws Exception {
        byte[] demo = Files.readAllBytes(SharedData.file("ofbiz/framework/security/data/SecurityGroupDemoData.xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList members = f.newDocumentBuilder().parse(new ByteArrayInputStream(demo))
                .getElementsByTagName("UserLoginSecurityGroup");
        StringBuilder xml = new StringBuilder("<entity-engine-xml>");
        for (int i = 0; i < members.getLength(); i++) {
            xml.append("<UserLogin userLoginId=\"")
                    .append(((Element) members.item(i)).getAttribute("userLoginId")).append("\"/>");
        }
        return xml.append("</entity-engine-xml>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The plugin's data files of one reader, in its descriptor's order, from the zip. */
    private static Map<String, byte[]> pluginDataFiles(String reader) throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(PackageContractTest.ZIP.toFile())) {
            byte[] descriptor = zip.getInputStream(zip.getEntry("clv/ofbiz-component.xml")).readAllBytes();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList resources = f.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor))
                    .getElementsByTagName("entity-resource");
            for (int i = 0; i < resources.getLength(); i++) {
                Element r = (Element) resources.item(i);
                if (r.getAttribute("type").equals("data") && r.getAttribute("reader-name").equals(reader)) {
                    String name = "clv/" + r.getAttribute("location");
                    files.put(name, zip.getInputStream(zip.getEntry(name)).readAllBytes());
                }
            }
        }
        return files;
    }
}
