package org.entente.localstack;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * mongo-java-server's H2 backend with unique indexes that compare their keys by value. The
 * stock backend keeps an index in an H2 map whose keys ({@link KeyValue}) H2 cannot compare, so
 * H2 serializes both keys with Java serialization at every step of every binary search: in the
 * benchmark's profiles that was a fifth to a half of the store's CPU, on every insert, every
 * lookup by id and every version-guarded update. Here the keys are compared element by element,
 * and written to the file as before.
 *
 * <p>The indexes live in maps of their own name ({@value #INDEX_MAP}): a file written by the
 * stock backend has its old index maps removed and the indexes rebuilt from the documents when
 * it is first opened (mongo-java-server fills an empty index from its collection).
 */
final class KeyOrderedH2Backend extends H2Backend {

    static final String INDEX_MAP = "._keys_";
    /** The stock backend's name for an index map, removed when found. */
    private static final String STOCK_INDEX_MAP = "._index_";

    KeyOrderedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // Called from the constructor too, for the databases already in the file.
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Inner, not nested: the stock database opens its indexes from its constructor, before a
     * field of its own could be set, so the store is the backend's.
     */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String stock = getFullCollectionNamespace(collectionName) + STOCK_INDEX_MAP + indexName;
            MVStore store = getMvStore();
            if (store.hasMap(stock)) {
                store.removeMap(stock);
            }
            MVMap<KeyValue, Object> map = store.openMap(mapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(new KeyOrder()));
            return new UniqueIndex(indexName, map, keys, sparse);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(mapName(collection.getCollectionName(), indexName));
        }

        private String mapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName;
        }
    }

    /** A unique index in an H2 map, as the stock backend's, over a map that orders its keys by value. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> map;

        UniqueIndex(String name, MVMap<KeyValue, Object> map, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue key) {
            return map.remove(key);
        }

        @Override
        protected boolean putKeyPosition(KeyValue key, Object position) {
            return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return map.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue key) {
            return map.get(key);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }

    /**
     * Orders index keys element by element: by the element's class, then by its natural order
     * for the classes whose order agrees with their equality, else by its serialized bytes (as
     * the stock order did for the whole key). Two keys compare equal when their elements are
     * equal and of the same classes, as under the stock order, so a unique index refuses the
     * same duplicates.
     */
    static final class KeyOrder extends ObjectDataType {

        private static final Set<Class<?>> NATURALLY_ORDERED = Set.of(String.class, Integer.class, Long.class,
                Boolean.class, Double.class, Date.class, UUID.class, ObjectId.class);

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue left && b instanceof KeyValue right) {
                return compareKeys(left, right);
            }
            return super.compare(a, b);
        }

        private int compareKeys(KeyValue left, KeyValue right) {
            int common = Math.min(left.size(), right.size());
            for (int i = 0; i < common; i++) {
                int order = compareElements(left.get(i), right.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(left.size(), right.size());
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private int compareElements(Object a, Object b) {
            if (a == b) {
                return 0;
            }
            if (a == null || b == null) {
                return a == null ? -1 : 1;
            }
            if (a.getClass() != b.getClass()) {
                return a.getClass().getName().compareTo(b.getClass().getName());
            }
            if (NATURALLY_ORDERED.contains(a.getClass())) {
                return ((Comparable) a).compareTo(b);
            }
            return compareNotNull(serialize(a), serialize(b));
        }
    }
}
