package org.cohesion.moderation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The content features' {@link ContentModerationPort} beans by content type. A plain component (not a proxied
 * service), so moderation's services can share it through package-private calls.
 */
@Component
class ContentPorts {

    private final Map<ContentType, ContentModerationPort> ports = new EnumMap<>(ContentType.class);

    ContentPorts(List<ContentModerationPort> ports) {
        ports.forEach(p -> this.ports.put(p.type(), p));
    }

    ContentModerationPort port(ContentType type) {
        ContentModerationPort port = ports.get(type);
        if (port == null) {
            throw new IllegalStateException("No moderation port for " + type);
        }
        return port;
    }

    Collection<ContentModerationPort> all() {
        return ports.values();
    }
}
