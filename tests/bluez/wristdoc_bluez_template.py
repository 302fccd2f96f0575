'''A BlueZ 5 mock serving one adapter and one WristDoc watch (python3-dbusmock template).

Load it with
    /usr/bin/python3 -m dbusmock --system --template tests/bluez/wristdoc_bluez_template.py \
        -p '{"records": 300}'
on a private system bus (tests/bluez/run-with-mock.sh does all of it). QtBluetooth's BlueZ D-Bus
backend then discovers, connects to and talks GATT to the watch as it would to bluetoothd.

What it serves (docs/watch-profile.md, docs/bluetooth-testing.md):
- adapter /org/bluez/hci0, powered;
- "WristDoc W1" (C0:FF:EE:00:A7:F3): Heart Rate, Battery, Device Information, Current Time and
  the WristDoc Activity History service, with a history of `records` minutes;
- "WristDoc W2" (C0:FF:EE:00:B2:02): advertises its name only and never answers a connection;
- "Kitchen Scale": an LE device of another kind (Weight Scale service), to be filtered out.
Devices appear when discovery starts, and their RSSI changes while it runs.

Parameters (-p JSON): records (300), historyId (0x5EED1234), mtu (247: 20 records per
notification), disconnectAfterRecord (0 = never), notifyIntervalMs (100).

Switches for tests, on '/' in the interface org.wristdoc.BluezMock:
    SetDisconnectAfterRecord(u k)  drop the link once the packet holding record k is sent (once)
    SetFault(s name, b on)         'connect' Connect fails; 'read' ReadValue fails;
                                   'notify' StartNotify fails
    SetPowered(b on)               the adapter's Powered property
    GetState() -> a{sv}            counters and values the watch saw (see get_state)
'''

import struct

import dbus
import dbus.exceptions
from gi.repository import GLib

from dbusmock import OBJECT_MANAGER_IFACE, mockobject

BUS_NAME = 'org.bluez'
MAIN_OBJ = '/'
SYSTEM_BUS = True
IS_OBJECT_MANAGER = True

ADAPTER_IFACE = 'org.bluez.Adapter1'
DEVICE_IFACE = 'org.bluez.Device1'
SERVICE_IFACE = 'org.bluez.GattService1'
CHAR_IFACE = 'org.bluez.GattCharacteristic1'
DESC_IFACE = 'org.bluez.GattDescriptor1'
CONTROL_IFACE = 'org.wristdoc.BluezMock'

ADAPTER_PATH = '/org/bluez/hci0'


def sig_uuid(short):
    '''A 16-bit SIG number in the Bluetooth Base UUID.'''
    return f'0000{short:04x}-0000-1000-8000-00805f9b34fb'


def history_uuid(offset):
    return f'{0x41576a18 + offset:08x}-a37b-4e0f-8f75-c70269fce97b'


HEART_RATE, BATTERY, DEVICE_INFO, CURRENT_TIME = (sig_uuid(n) for n in (0x180D, 0x180F, 0x180A,
                                                                         0x1805))
HISTORY = history_uuid(0)
HR_MEASUREMENT, BATTERY_LEVEL, CURRENT_TIME_CHAR, LOCAL_TIME_INFO = (
    sig_uuid(n) for n in (0x2A37, 0x2A19, 0x2A2B, 0x2A0F))
MANUFACTURER, MODEL, SERIAL, FIRMWARE = (sig_uuid(n) for n in (0x2A29, 0x2A24, 0x2A25, 0x2A26))
HISTORY_RECORD, HISTORY_CONTROL, HISTORY_STATUS = (history_uuid(n) for n in (1, 2, 3))
CCCD = sig_uuid(0x2902)

# The watch's GATT table: (service, [(characteristic, flags)]). Every notify characteristic
# gets a 0x2902 descriptor, without which QtBluetooth never reports a notification.
GATT_TABLE = [
    (HEART_RATE, [(HR_MEASUREMENT, ['notify'])]),
    (BATTERY, [(BATTERY_LEVEL, ['read', 'notify'])]),
    (DEVICE_INFO, [(MANUFACTURER, ['read']), (MODEL, ['read']), (SERIAL, ['read']),
                   (FIRMWARE, ['read'])]),
    (CURRENT_TIME, [(CURRENT_TIME_CHAR, ['read', 'write', 'notify']),
                    (LOCAL_TIME_INFO, ['read', 'write'])]),
    (HISTORY, [(HISTORY_RECORD, ['notify']), (HISTORY_CONTROL, ['write']),
               (HISTORY_STATUS, ['read', 'notify'])]),
]

# The first minute of the history: 2025-03-09T00:00Z in UTC minutes since 1970.
FIRST_MINUTE = 29024640


def history_record(sequence):
    '''Record `sequence` as the watch stores it; tests/bluez mirrors this to check the download.
    Every 97th minute the watch was not worn: no steps (0xFFFF) and no heart rate.'''
    minute = FIRST_MINUTE + sequence - 1
    if sequence % 97 == 0:
        return (sequence, minute, 0xFFFF, 0, 0)
    return (sequence, minute, (sequence * 37) % 131, 60 + sequence % 40, 0)


def records_packet(records):
    '''0x01, count, then 12 bytes a record: sequence u32, minute u32, steps u16, bpm u8, flags.'''
    return struct.pack('<BB', 0x01, len(records)) + b''.join(
        struct.pack('<IIHBB', *record) for record in records)


def end_packet(result, history_id, last_sequence, count):
    '''0x02, result (0 complete, 1 aborted, 2 history changed), history id, last sequence, count.'''
    return struct.pack('<BBIII', 0x02, result, history_id, last_sequence, count)


def heart_rate_measurement(n):
    '''Flags 0x1E: uint8 rate, sensor contact detected, energy expended, one RR interval.'''
    bpm = 72 + n % 20
    return struct.pack('<BBHH', 0x1E, bpm, n, round(60 * 1024 / bpm))


def bytes_of(value):
    return bytes(int(b) for b in value)


def byte_array(data, variant_level=0):
    return dbus.Array([dbus.Byte(b) for b in data], signature='y', variant_level=variant_level)


def fail(name, message):
    raise dbus.exceptions.DBusException(message, name='org.bluez.Error.' + name)


class Watch:
    '''What the watch holds and how it is switched; one instance, `watch`.'''

    def __init__(self, parameters):
        self.records = int(parameters.get('records', 300))
        self.history_id = int(parameters.get('historyId', 0x5EED1234))
        mtu = int(parameters.get('mtu', 247))
        self.per_packet = max(1, min(42, (mtu - 5) // 12))
        self.disconnect_after = int(parameters.get('disconnectAfterRecord', 0))
        self.notify_interval = int(parameters.get('notifyIntervalMs', 100))
        self.faults = set()
        self.values = {
            BATTERY_LEVEL: bytes([87]),
            MANUFACTURER: b'WristDoc Test Works',
            MODEL: b'WD-W1',
            SERIAL: b'WD-0A7F3\x00\x00',  # NUL padding, as watches do
            FIRMWARE: b'1.4.2',
            # 2025-03-09 14:30:15, Sunday, manual update (the profile's worked example).
            CURRENT_TIME_CHAR: bytes.fromhex('E9 07 03 09 0E 1E 0F 07 00 01'),
            LOCAL_TIME_INFO: bytes.fromhex('24 00'),
        }
        self.connected = False
        self.gatt_paths = []     # exported while connected, in creation order
        self.char_paths = {}     # characteristic UUID -> object path
        self.timers = {}         # name -> GLib source id
        self.hr_count = 0
        self.batch = []          # packets still to send
        self.acknowledged = 0  # the highest sequence acknowledged
        self.acknowledgements = 0
        self.requests = 0
        self.connections = 0
        self.records_sent = 0
        self.last_request_from = 0

    def status(self):
        oldest, newest = (1, self.records) if self.records else (0, 0)
        return struct.pack('<BIII', 0x01, self.history_id, oldest, newest)

    def read(self, uuid):
        if 'read' in self.faults:
            fail('NotPermitted', 'Read not permitted')
        if uuid == HISTORY_STATUS:
            return self.status()
        if uuid in self.values:
            return self.values[uuid]
        return fail('NotSupported', 'Characteristic not readable')

    def write(self, uuid, data):
        if uuid == CURRENT_TIME_CHAR:
            check_current_time(data)
            self.values[uuid] = data
        elif uuid == LOCAL_TIME_INFO:
            if len(data) != 2:
                fail('InvalidValueLength', 'Invalid value length')
            self.values[uuid] = data
        elif uuid == HISTORY_CONTROL:
            self.control_point(data)
        else:
            fail('NotPermitted', 'Write not permitted')

    def control_point(self, data):
        '''History Control Point: 01 request from, 02 acknowledge, 03 abort.'''
        opcode = data[0] if data else None
        if opcode == 0x01 and len(data) == 9:
            sequence, history_id = struct.unpack('<II', data[1:])
            if sequence == 0:
                fail('Failed', 'Application error 0x80')
            self.requests += 1
            self.last_request_from = sequence
            self.start_batch(sequence, history_id)
        elif opcode == 0x02 and len(data) == 5:
            (sequence,) = struct.unpack('<I', data[1:])
            if sequence == 0:
                fail('Failed', 'Application error 0x80')
            self.acknowledged = max(self.acknowledged, sequence)
            self.acknowledgements += 1
        elif opcode == 0x03 and len(data) == 1:
            if self.batch:
                self.batch = [end_packet(1, self.history_id, 0, 0)]
        else:
            fail('Failed', 'Application error 0x80')

    def start_batch(self, first, history_id):
        if history_id not in (0, self.history_id):
            self.batch = [end_packet(2, self.history_id, self.records, 0)]
        else:
            sequences = list(range(max(first, 1), self.records + 1))
            chunks = [sequences[i:i + self.per_packet]
                      for i in range(0, len(sequences), self.per_packet)]
            self.batch = [records_packet([history_record(s) for s in chunk]) for chunk in chunks]
            last = sequences[-1] if sequences else self.records
            self.batch.append(end_packet(0, self.history_id, last, len(sequences)))
        # After the write's reply, as a watch answers a write before it notifies.
        self.start_timer('history', 2, self.send_next_packet)

    def send_next_packet(self):
        if not self.connected or not self.batch:
            self.timers.pop('history', None)
            return False
        packet = self.batch.pop(0)
        notify(HISTORY_RECORD, packet)
        if packet[0] == 0x01:
            self.records_sent += packet[1]
            last = struct.unpack_from('<I', packet, 2 + 12 * (packet[1] - 1))[0]
            if self.disconnect_after and last >= self.disconnect_after:
                self.disconnect_after = 0
                self.timers.pop('history', None)
                drop_connection()
                return False
        return True

    def start_timer(self, name, interval_ms, callback):
        self.stop_timer(name)
        self.timers[name] = GLib.timeout_add(interval_ms, callback)

    def stop_timer(self, name):
        source = self.timers.pop(name, None)
        if source is not None:
            GLib.source_remove(source)


watch = None


def check_current_time(data):
    '''Refuses what a watch would: a length other than 10 or a field out of range.'''
    if len(data) != 10:
        fail('InvalidValueLength', 'Invalid value length')
    _year, month, day, hours, minutes, seconds, weekday = struct.unpack_from('<HBBBBBB', data)
    if month > 12 or day > 31 or hours > 23 or minutes > 59 or seconds > 59 or weekday > 7:
        fail('Failed', 'Application error 0x80')


def root():
    return mockobject.objects['/']


def emit_properties_changed(path, interface, changed):
    mockobject.objects[path].EmitSignal(dbus.PROPERTIES_IFACE, 'PropertiesChanged', 'sa{sv}as',
                                        [interface, changed, dbus.Array([], signature='s')])


def set_properties(path, interface, changed):
    mockobject.objects[path].props[interface].update(changed)
    emit_properties_changed(path, interface, changed)


def add_object(path, interface, properties, methods):
    '''AddObject does not announce an object; InterfacesAdded is what BlueZ clients watch.'''
    root().AddObject(path, interface, properties, methods)
    root().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesAdded', 'oa{sa{sv}}',
                      [dbus.ObjectPath(path), {interface: properties}])


def remove_object(path, interface):
    root().RemoveObject(path)
    root().EmitSignal(OBJECT_MANAGER_IFACE, 'InterfacesRemoved', 'oas',
                      [dbus.ObjectPath(path), dbus.Array([interface], signature='s')])


def notify(uuid, data):
    '''A notification: PropertiesChanged(Value) on GattCharacteristic1, when subscribed.'''
    path = watch.char_paths.get(uuid)
    if path is None or not mockobject.objects[path].props[CHAR_IFACE]['Notifying']:
        return
    set_properties(path, CHAR_IFACE, {'Value': byte_array(data, variant_level=1)})


# GATT objects --------------------------------------------------------------------------------

def char_read_value(char, _options):
    return byte_array(watch.read(char.uuid))


def char_write_value(char, value, _options):
    watch.write(char.uuid, bytes_of(value))


def char_start_notify(char):
    if 'notify' in watch.faults:
        fail('Failed', 'Notify refused')
    set_properties(char.path, CHAR_IFACE, {'Notifying': dbus.Boolean(True, variant_level=1)})
    if char.uuid == HR_MEASUREMENT:
        watch.hr_count = 0
        watch.start_timer('heart-rate', watch.notify_interval, send_heart_rate)


def char_stop_notify(char):
    set_properties(char.path, CHAR_IFACE, {'Notifying': dbus.Boolean(False, variant_level=1)})
    if char.uuid == HR_MEASUREMENT:
        watch.stop_timer('heart-rate')


def send_heart_rate():
    notify(HR_MEASUREMENT, heart_rate_measurement(watch.hr_count))
    watch.hr_count += 1
    return True


def desc_read_value(desc, _options):
    '''The 0x2902 value BlueZ would report: notifications on or off.'''
    notifying = mockobject.objects[desc.characteristic].props[CHAR_IFACE]['Notifying']
    return byte_array(b'\x01\x00' if notifying else b'\x00\x00')


def export_gatt(device_path):
    handle = 0
    for service_uuid, characteristics in GATT_TABLE:
        handle += 1
        service_path = f'{device_path}/service{handle:04x}'
        add_object(service_path, SERVICE_IFACE, {
            'UUID': dbus.String(service_uuid, variant_level=1),
            'Primary': dbus.Boolean(True, variant_level=1),
            'Device': dbus.ObjectPath(device_path, variant_level=1),
            'Includes': dbus.Array([], signature='o', variant_level=1),
        }, [])
        watch.gatt_paths.append((service_path, SERVICE_IFACE))
        for char_uuid, flags in characteristics:
            handle += 1
            char_path = f'{service_path}/char{handle:04x}'
            add_object(char_path, CHAR_IFACE, {
                'UUID': dbus.String(char_uuid, variant_level=1),
                'Service': dbus.ObjectPath(service_path, variant_level=1),
                'Value': byte_array(b'', variant_level=1),
                'Notifying': dbus.Boolean(False, variant_level=1),
                'Flags': dbus.Array(flags, signature='s', variant_level=1),
                'MTU': dbus.UInt16(247, variant_level=1),
            }, [
                ('ReadValue', 'a{sv}', 'ay', char_read_value),
                ('WriteValue', 'aya{sv}', '', char_write_value),
                ('StartNotify', '', '', char_start_notify),
                ('StopNotify', '', '', char_stop_notify),
            ])
            char = mockobject.objects[char_path]
            char.uuid = char_uuid
            watch.char_paths[char_uuid] = char_path
            watch.gatt_paths.append((char_path, CHAR_IFACE))
            if 'notify' in flags:
                handle += 1
                desc_path = f'{char_path}/desc{handle:04x}'
                add_object(desc_path, DESC_IFACE, {
                    'UUID': dbus.String(CCCD, variant_level=1),
                    'Characteristic': dbus.ObjectPath(char_path, variant_level=1),
                    'Value': byte_array(b'', variant_level=1),
                }, [
                    ('ReadValue', 'a{sv}', 'ay', desc_read_value),
                    # BlueZ turns a 0x2902 write into StartNotify/StopNotify instead.
                    ('WriteValue', 'aya{sv}', '', lambda *_: fail('NotPermitted', 'Not permitted')),
                ])
                mockobject.objects[desc_path].characteristic = char_path
                watch.gatt_paths.append((desc_path, DESC_IFACE))


def unexport_gatt():
    for path, interface in reversed(watch.gatt_paths):
        remove_object(path, interface)
    watch.gatt_paths.clear()
    watch.char_paths.clear()


# Devices -------------------------------------------------------------------------------------

WATCH_ADDRESS = 'C0:FF:EE:00:A7:F3'
DEVICES = [
    # (address, name, advertised service UUIDs, RSSI, answers a connection)
    (WATCH_ADDRESS, 'WristDoc W1', [HISTORY, HEART_RATE, BATTERY, DEVICE_INFO, CURRENT_TIME], -58,
     True),
    ('C0:FF:EE:00:B2:02', 'WristDoc W2', [], -81, False),
    ('C0:FF:EE:5C:A1:E5', 'Kitchen Scale', [sig_uuid(0x181D)], -47, False),
]


def device_path(address):
    return f'{ADAPTER_PATH}/dev_{address.replace(":", "_")}'


def watch_path():
    return device_path(WATCH_ADDRESS)


def add_device(address, name, uuids, rssi, reachable):
    path = device_path(address)
    if path in mockobject.objects:
        return
    add_object(path, DEVICE_IFACE, {
        'Address': dbus.String(address, variant_level=1),
        'AddressType': dbus.String('random', variant_level=1),
        'Name': dbus.String(name, variant_level=1),
        'Alias': dbus.String(name, variant_level=1),
        'Class': dbus.UInt32(0, variant_level=1),  # 0: LE only
        'Appearance': dbus.UInt16(0x00C1 if reachable else 0, variant_level=1),  # watch, sports
        'UUIDs': dbus.Array(uuids, signature='s', variant_level=1),
        'Paired': dbus.Boolean(False, variant_level=1),
        'Bonded': dbus.Boolean(False, variant_level=1),
        'Connected': dbus.Boolean(False, variant_level=1),
        'Trusted': dbus.Boolean(False, variant_level=1),
        'Blocked': dbus.Boolean(False, variant_level=1),
        'LegacyPairing': dbus.Boolean(False, variant_level=1),
        'Adapter': dbus.ObjectPath(ADAPTER_PATH, variant_level=1),
        'RSSI': dbus.Int16(rssi, variant_level=1),
        'TxPower': dbus.Int16(0, variant_level=1),
        'ManufacturerData': dbus.Dictionary({dbus.UInt16(0xFFFF): byte_array(b'WD', 1)},
                                            signature='qv', variant_level=1),
        'ServiceData': dbus.Dictionary({}, signature='sv', variant_level=1),
        'ServicesResolved': dbus.Boolean(False, variant_level=1),
    }, [
        ('Connect', '', '', device_connect),
        ('Disconnect', '', '', device_disconnect),
        ('Pair', '', '', lambda *_: fail('AuthenticationFailed', 'Pairing not supported')),
        ('CancelPairing', '', '', ''),
        ('ConnectProfile', 's', '', ''),
        ('DisconnectProfile', 's', '', ''),
    ])
    mockobject.objects[path].reachable = reachable
    mockobject.objects[path].base_rssi = rssi


def device_connect(device):
    if not device.reachable or 'connect' in watch.faults:
        GLib.usleep(200 * 1000)  # what a page timeout looks like, shortened
        fail('Failed', 'le-connection-abort-by-local')
    if watch.connected:
        fail('AlreadyConnected', 'Already Connected')
    watch.connected = True
    watch.connections += 1
    set_properties(device.path, DEVICE_IFACE, {'Connected': dbus.Boolean(True, variant_level=1)})
    # Qt reports connected() on ServicesResolved, after the GATT objects exist.
    GLib.timeout_add(5, resolve_services)


def resolve_services():
    if watch.connected:
        export_gatt(watch_path())
        set_properties(watch_path(), DEVICE_IFACE,
                       {'ServicesResolved': dbus.Boolean(True, variant_level=1)})
    return False


def device_disconnect(device):
    if device.path != watch_path() or not watch.connected:
        fail('NotConnected', 'Not Connected')
    drop_connection()


def drop_connection():
    '''The link goes down: ServicesResolved, then Connected, then the GATT objects go away.'''
    watch.connected = False
    watch.batch = []
    for name in list(watch.timers):
        watch.stop_timer(name)
    set_properties(watch_path(), DEVICE_IFACE,
                   {'ServicesResolved': dbus.Boolean(False, variant_level=1)})
    set_properties(watch_path(), DEVICE_IFACE, {'Connected': dbus.Boolean(False, variant_level=1)})
    unexport_gatt()


# Adapter -------------------------------------------------------------------------------------

def adapter_set_discovery_filter(adapter, discovery_filter):
    adapter.discovery_filter = discovery_filter


def adapter_start_discovery(adapter):
    if not adapter.props[ADAPTER_IFACE]['Powered']:
        fail('NotReady', 'Resource Not Ready')
    if getattr(adapter, 'discovery_filter', None) is None:
        fail('Failed', 'No discovery filter')  # the stock template's behaviour, kept
    set_properties(ADAPTER_PATH, ADAPTER_IFACE,
                   {'Discovering': dbus.Boolean(True, variant_level=1)})
    GLib.timeout_add(20, announce_devices)
    watch.start_timer('rssi', 150, update_rssi)


def announce_devices():
    if mockobject.objects[ADAPTER_PATH].props[ADAPTER_IFACE]['Discovering']:
        for device in DEVICES:
            add_device(*device)
    return False


def update_rssi():
    '''Advertisements keep coming while discovery runs; each carries a new RSSI.'''
    watch.rssi_step = getattr(watch, 'rssi_step', 0) + 1
    for address, *_ in DEVICES:
        path = device_path(address)
        if path in mockobject.objects:
            device = mockobject.objects[path]
            rssi = device.base_rssi - (watch.rssi_step % 4) * 2
            set_properties(path, DEVICE_IFACE, {'RSSI': dbus.Int16(rssi, variant_level=1)})
    return True


def adapter_stop_discovery(adapter):
    watch.stop_timer('rssi')
    set_properties(adapter.path, ADAPTER_IFACE,
                   {'Discovering': dbus.Boolean(False, variant_level=1)})


def adapter_remove_device(_adapter, path):
    if path not in mockobject.objects:
        fail('DoesNotExist', 'Does Not Exist')
    if path == watch_path() and watch.connected:
        drop_connection()
    remove_object(path, DEVICE_IFACE)


def add_adapter():
    add_object(ADAPTER_PATH, ADAPTER_IFACE, {
        'Address': dbus.String('02:00:00:00:00:01', variant_level=1),
        'AddressType': dbus.String('public', variant_level=1),
        'Name': dbus.String('wristdoc-test', variant_level=1),
        'Alias': dbus.String('wristdoc-test', variant_level=1),
        'Class': dbus.UInt32(0, variant_level=1),
        'Powered': dbus.Boolean(True, variant_level=1),
        'Discoverable': dbus.Boolean(False, variant_level=1),
        'DiscoverableTimeout': dbus.UInt32(180, variant_level=1),
        'Pairable': dbus.Boolean(True, variant_level=1),
        'PairableTimeout': dbus.UInt32(0, variant_level=1),
        'Discovering': dbus.Boolean(False, variant_level=1),
        'UUIDs': dbus.Array([sig_uuid(0x1800), sig_uuid(0x1801)], signature='s', variant_level=1),
        'Modalias': dbus.String('usb:v1D6Bp0246d0542', variant_level=1),
    }, [
        ('SetDiscoveryFilter', 'a{sv}', '', adapter_set_discovery_filter),
        ('StartDiscovery', '', '', adapter_start_discovery),
        ('StopDiscovery', '', '', adapter_stop_discovery),
        ('RemoveDevice', 'o', '', adapter_remove_device),
        ('GetDiscoveryFilters', '', 'as', lambda *_: ['UUIDs', 'RSSI', 'Transport']),
    ])


# Test switches -------------------------------------------------------------------------------

def set_disconnect_after_record(_root, sequence):
    watch.disconnect_after = int(sequence)


def set_fault(_root, name, on):
    if name not in ('connect', 'read', 'notify'):
        raise dbus.exceptions.DBusException('unknown fault ' + name,
                                            name='org.wristdoc.BluezMock.Error')
    if on:
        watch.faults.add(str(name))
    else:
        watch.faults.discard(str(name))


def set_powered(_root, on):
    if not on and watch.connected:
        drop_connection()
    set_properties(ADAPTER_PATH, ADAPTER_IFACE, {'Powered': dbus.Boolean(on, variant_level=1)})


def get_state(_root):
    return dbus.Dictionary({
        'connected': dbus.Boolean(watch.connected),
        'connections': dbus.UInt32(watch.connections),
        'historyRequests': dbus.UInt32(watch.requests),
        'lastRequestFrom': dbus.UInt32(watch.last_request_from),
        'acknowledged': dbus.UInt32(watch.acknowledged),
        'acknowledgements': dbus.UInt32(watch.acknowledgements),
        'recordsSent': dbus.UInt32(watch.records_sent),
        'currentTime': byte_array(watch.values[CURRENT_TIME_CHAR]),
        'localTimeInformation': byte_array(watch.values[LOCAL_TIME_INFO]),
    }, signature='sv')


def load(mock, parameters):
    global watch  # pylint: disable=global-statement
    watch = Watch(parameters or {})
    # The root is not in `objects` yet while a template loads; add_object() needs it there.
    mockobject.objects['/'] = mock
    mock.AddObject('/org/bluez', 'org.bluez.AgentManager1', {}, [
        ('RegisterAgent', 'os', '', ''),
        ('RequestDefaultAgent', 'o', '', ''),
        ('UnregisterAgent', 'o', '', ''),
    ])
    add_adapter()
    mock.AddMethods(CONTROL_IFACE, [
        ('SetDisconnectAfterRecord', 'u', '', set_disconnect_after_record),
        ('SetFault', 'sb', '', set_fault),
        ('SetPowered', 'b', '', set_powered),
        ('GetState', '', 'a{sv}', get_state),
    ])
