package org.cohesion.base;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs work in a transaction, for services that retry or check access inside their own transactions. */
@Component
public class Transactions {

    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final TransactionTemplate separate;

    Transactions(PlatformTransactionManager manager) {
        this.write = new TransactionTemplate(manager);
        this.read = new TransactionTemplate(manager);
        this.read.setReadOnly(true);
        this.separate = new TransactionTemplate(manager);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in a read-write transaction and returns its result. */
    public <T> T write(Supplier<T> work) {
        return write.execute(status -> work.get());
    }

    /**
     * Runs the work in a new read-write transaction of its own, even when called while another transaction is
     * bound (as in an after-commit listener, where work would otherwise join the finished transaction).
     */
    public <T> T writeSeparately(Supplier<T> work) {
        return separate.execute(status -> work.get());
    }

    /** Runs the work in a read-only transaction and returns its result. */
    public <T> T read(Supplier<T> work) {
        return read.execute(status -> work.get());
    }
}
