package mou.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Declarative Services components of the bundles on the class path, wired the way SCR wires
 * them in the running application, without an OSGi framework: each jar's {@code Service-Component}
 * header names its component descriptions; a component is created through its constructor
 * (constructor injection, {@code init} and {@code parameter}) and then given its multiple
 * references through its bind methods. The benchmark thereby measures the real extension registry,
 * store, assembler and formats, and names no bundle and no working group.
 *
 * <p>Only what the application's bundles use is supported: singleton components, references to
 * services by interface, constructor parameters of cardinality 1..1 and bind methods taking the
 * service; other constructor parameters (activation objects) are given null, or an empty map for a
 * configuration; activate and deactivate methods are not called. A component whose class or
 * mandatory references are missing is left out.
 */
public final class Components {

    private record Reference(String name, String service, String cardinality, String bind, int parameter) {

        boolean multiple() {
            return cardinality.endsWith("..n");
        }

        boolean mandatory() {
            return cardinality.startsWith("1");
        }
    }

    private record Description(String name, String implementation, List<String> provides, List<Reference> references, int init) {
    }

    private final Map<String, List<Object>> services = new LinkedHashMap<>();
    private final List<String> skipped = new ArrayList<>();

    private Components() {
    }

    /**
     * Creates and wires every component of the class path, with {@code extra} registered beside them
     * as services (by every interface they implement), e.g. synthetic working groups.
     */
    public static Components start(List<?> extra) {
        Components components = new Components();
        components.wire(descriptions(Components.class.getClassLoader()), extra);
        return components;
    }

    /** The services registered under an interface, in registration order. */
    public <T> List<T> all(Class<T> service) {
        List<T> found = new ArrayList<>();
        for (Object o : services.getOrDefault(service.getName(), List.of())) {
            found.add(service.cast(o));
        }
        return found;
    }

    /** The one service registered under an interface; fails when there is none. */
    public <T> T one(Class<T> service) {
        List<T> found = all(service);
        if (found.isEmpty()) {
            throw new IllegalStateException("no component on the class path provides " + service.getName()
                    + " (components left out: " + skipped + ")");
        }
        return found.get(0);
    }

    /** Components that could not be created, with the reason. */
    public List<String> skipped() {
        return Collections.unmodifiableList(skipped);
    }

    private void wire(List<Description> descriptions, List<?> extra) {
        for (Object o : extra) {
            register(o, interfacesOf(o.getClass()));
        }
        Map<Description, Object> instances = new LinkedHashMap<>();
        List<Description> pending = new ArrayList<>(descriptions);
        // constructor parameters may be other components: create in rounds until nothing more can be created
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Description d : List.copyOf(pending)) {
                List<Reference> parameters = d.references().stream().filter(r -> r.parameter() >= 0).toList();
                if (parameters.stream().allMatch(r -> services.containsKey(r.service()))) {
                    pending.remove(d);
                    progress = true;
                    Object instance = create(d, parameters);
                    if (instance != null) {
                        instances.put(d, instance);
                        register(instance, d.provides());
                    }
                }
            }
        }
        for (Description d : pending) {
            skipped.add(d.name() + ": no service for its constructor's references");
        }
        for (Map.Entry<Description, Object> e : instances.entrySet()) {
            bindAll(e.getKey(), e.getValue());
        }
    }

    private Object create(Description d, List<Reference> parameters) {
        try {
            Class<?> type = Class.forName(d.implementation(), true, Components.class.getClassLoader());
            Constructor<?> constructor = null;
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (c.getParameterCount() == d.init() && parameters.stream().allMatch(r ->
                        c.getParameterTypes()[r.parameter()].getName().equals(r.multiple() ? List.class.getName() : r.service()))) {
                    constructor = c;
                }
            }
            if (constructor == null) {
                skipped.add(d.name() + ": no constructor with " + d.init() + " parameters that takes its references");
                return null;
            }
            // parameters that are not references are activation objects (BundleContext, ComponentContext, the
            // configuration): outside a framework there are none, which components allow for with null / empty
            Object[] arguments = new Object[d.init()];
            Class<?>[] types = constructor.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                arguments[i] = Map.class.isAssignableFrom(types[i]) ? Map.of() : null;
            }
            for (Reference r : parameters) {
                List<Object> candidates = services.get(r.service());
                arguments[r.parameter()] = r.multiple() ? List.copyOf(candidates) : candidates.get(0);
            }
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ClassNotFoundException | LinkageError e) {
            skipped.add(d.name() + ": " + e);
            return null;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the component " + d.name() + " cannot be created: " + e, e);
        }
    }

    private void bindAll(Description d, Object instance) {
        for (Reference r : d.references()) {
            if (r.parameter() >= 0 || r.bind() == null) {
                continue;
            }
            List<Object> candidates = services.getOrDefault(r.service(), List.of());
            if (candidates.isEmpty() && r.mandatory()) {
                throw new IllegalStateException("the component " + d.name() + " needs a " + r.service());
            }
            Method bind = findBind(instance.getClass(), r);
            for (Object candidate : r.multiple() ? candidates : candidates.stream().limit(1).toList()) {
                if (candidate == instance) {
                    continue;
                }
                try {
                    bind.invoke(instance, candidate);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("binding " + r.name() + " of " + d.name() + " failed: " + e, e);
                }
            }
        }
    }

    private static Method findBind(Class<?> type, Reference r) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(r.bind()) && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].getName().equals(r.service())) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        throw new IllegalStateException("no bind method " + r.bind() + "(" + r.service() + ") in " + type.getName());
    }

    private void register(Object instance, List<String> interfaces) {
        for (String name : interfaces) {
            services.computeIfAbsent(name, k -> new ArrayList<>()).add(instance);
        }
    }

    private static List<String> interfacesOf(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                names.add(i.getName());
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ component descriptions

    private static List<Description> descriptions(ClassLoader loader) {
        List<Description> all = new ArrayList<>();
        try {
            for (URL manifestUrl : Collections.list(loader.getResources("META-INF/MANIFEST.MF"))) {
                String header;
                try (InputStream in = manifestUrl.openStream()) {
                    header = new Manifest(in).getMainAttributes().getValue("Service-Component");
                }
                if (header == null || header.isBlank()) {
                    continue;
                }
                String base = manifestUrl.toString();
                base = base.substring(0, base.length() - "META-INF/MANIFEST.MF".length());
                for (String path : header.split(",")) {
                    all.addAll(parse(new URL(base + path.trim())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the component descriptions on the class path: " + e, e);
        }
        return all;
    }

    private static List<Description> parse(URL xml) throws IOException {
        Document document;
        try (InputStream in = xml.openStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + xml + ": " + e.getMessage(), e);
        }
        List<Description> found = new ArrayList<>();
        NodeList components = document.getElementsByTagNameNS("*", "component");
        for (int i = 0; i < components.getLength(); i++) {
            Element c = (Element) components.item(i);
            String implementation = ((Element) c.getElementsByTagName("implementation").item(0)).getAttribute("class");
            List<String> provides = new ArrayList<>();
            NodeList provideNodes = c.getElementsByTagName("provide");
            for (int p = 0; p < provideNodes.getLength(); p++) {
                provides.add(((Element) provideNodes.item(p)).getAttribute("interface"));
            }
            List<Reference> references = new ArrayList<>();
            NodeList referenceNodes = c.getElementsByTagName("reference");
            for (int r = 0; r < referenceNodes.getLength(); r++) {
                Element e = (Element) referenceNodes.item(r);
                String cardinality = e.hasAttribute("cardinality") ? e.getAttribute("cardinality") : "1..1";
                String parameter = e.getAttribute("parameter");
                references.add(new Reference(e.getAttribute("name"), e.getAttribute("interface"), cardinality,
                        e.hasAttribute("bind") ? e.getAttribute("bind") : null,
                        parameter.isEmpty() ? -1 : Integer.parseInt(parameter)));
            }
            String init = c.getAttribute("init");
            found.add(new Description(c.getAttribute("name"), implementation, provides, references,
                    init.isEmpty() ? 0 : Integer.parseInt(init)));
        }
        return found;
    }
}
