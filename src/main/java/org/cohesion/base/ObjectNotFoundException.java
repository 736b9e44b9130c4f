package org.cohesion.base;

/** The requested object does not exist or is not visible to the current user; the two are not told apart. */
public class ObjectNotFoundException extends RuntimeException {

    public ObjectNotFoundException(String what) {
        super(what + " not found");
    }
}
